/**
 * Browser only: pan and zoom for an SVG group, as readers expect of a map in a page (d3-zoom's rules, in a few
 * dozen lines instead of its 17 KB). The page scrolls over the map: only Ctrl/⌘+wheel (and a trackpad pinch, which
 * browsers report as one) zooms, in pixels whatever the wheel's deltaMode. Double-click zooms in (Shift: out), two
 * fingers pinch, one finger or the primary mouse button drags when zoomed in, and a drag ends on pointerup,
 * pointercancel or lostpointercapture. Buttons do the same for people who cannot (WCAG 2.5.7).
 * The transform is written as "translate(x,y) scale(k)" in the SVG's own units.
 */
import { wheelPixels } from '../wheel.ts';

export interface View {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface PanZoom {
  scaleBy(factor: number): void;
  /** Shows `view` (SVG units) whole, centred. */
  fit(view: View): void;
  reset(): void;
  readonly scale: number;
}

/** Zoom per CSS pixel of Ctrl+wheel: one 100 px mouse notch zooms about as much as a button press. */
const WHEEL_ZOOM = 0.005;

export function panZoom(
  svg: SVGSVGElement,
  target: SVGGElement,
  onChange: (scale: number) => void,
  maxScale = 8,
): PanZoom {
  const box: View = svg.viewBox.baseVal;
  let k = 1;
  let tx = 0;
  let ty = 0;

  const apply = () => {
    // Keep the view inside the map: at scale k the content spans k times the box.
    tx = Math.min(box.x * (1 - k), Math.max(tx, (box.x + box.width) * (1 - k)));
    ty = Math.min(box.y * (1 - k), Math.max(ty, (box.y + box.height) * (1 - k)));
    const round = (n: number) => Math.round(n * 1000) / 1000;
    target.setAttribute('transform', `translate(${round(tx)},${round(ty)}) scale(${round(k)})`);
    onChange(k);
  };

  /** Zooms by `factor` keeping the SVG point (px, py) fixed on screen. */
  const zoomAt = (factor: number, px: number, py: number) => {
    const next = Math.min(maxScale, Math.max(1, k * factor));
    const ratio = next / k;
    tx = px - (px - tx) * ratio;
    ty = py - (py - ty) * ratio;
    k = next;
    apply();
  };

  /** Client coordinates to SVG user units. */
  const toSvg = (clientX: number, clientY: number): [number, number] => {
    const rect = svg.getBoundingClientRect();
    return [
      box.x + ((clientX - rect.left) / rect.width) * box.width,
      box.y + ((clientY - rect.top) / rect.height) * box.height,
    ];
  };

  svg.addEventListener(
    'wheel',
    (event) => {
      // A plain wheel scrolls the page: the map never traps it.
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      const [px, py] = toSvg(event.clientX, event.clientY);
      zoomAt(Math.exp(-wheelPixels(event) * WHEEL_ZOOM), px, py);
    },
    { passive: false },
  );

  svg.addEventListener('dblclick', (event) => {
    if ((event.target as Element).closest('a')) return;
    event.preventDefault();
    const [px, py] = toSvg(event.clientX, event.clientY);
    zoomAt(event.shiftKey ? 0.5 : 2, px, py);
  });

  const pointers = new Map<number, [number, number]>();
  let pinch: { distance: number; k: number } | undefined;
  const release = (event: PointerEvent) => {
    pointers.delete(event.pointerId);
    if (pointers.size < 2) pinch = undefined;
  };
  svg.addEventListener('pointerdown', (event) => {
    // Only the primary button (or a touch or pen contact) drags; a right or middle button keeps its own meaning.
    if (event.button !== 0) return;
    // A mouse press on a deal is a click on a link, not a drag.
    if ((event.target as Element).closest('a') && event.pointerType === 'mouse') return;
    pointers.set(event.pointerId, toSvg(event.clientX, event.clientY));
    if (pointers.size === 2) {
      const [a, b] = [...pointers.values()] as [[number, number], [number, number]];
      pinch = { distance: Math.hypot(a[0] - b[0], a[1] - b[1]) || 1, k };
    }
  });
  svg.addEventListener('pointermove', (event) => {
    const previous = pointers.get(event.pointerId);
    if (!previous) return;
    if (event.pointerType === 'mouse' && (event.buttons & 1) === 0) {
      release(event);
      return;
    }
    const current = toSvg(event.clientX, event.clientY);
    pointers.set(event.pointerId, current);
    if (pointers.size === 1 && k > 1) {
      // Captured once the drag moves (not on press, which would retarget a tap on a deal away from its link).
      if (!svg.hasPointerCapture(event.pointerId)) {
        try {
          svg.setPointerCapture(event.pointerId);
        } catch {
          // A pointer that is no longer active cannot be captured; the drag still works inside the map.
        }
      }
      tx += current[0] - previous[0];
      ty += current[1] - previous[1];
      apply();
    } else if (pointers.size === 2 && pinch) {
      const [a, b] = [...pointers.values()] as [[number, number], [number, number]];
      const distance = Math.hypot(a[0] - b[0], a[1] - b[1]);
      zoomAt((pinch.k * distance) / pinch.distance / k, (a[0] + b[0]) / 2, (a[1] + b[1]) / 2);
    }
  });
  svg.addEventListener('pointerup', release);
  svg.addEventListener('pointercancel', release);
  svg.addEventListener('lostpointercapture', release);

  const centre = (): [number, number] => [box.x + box.width / 2, box.y + box.height / 2];
  return {
    scaleBy: (factor) => {
      zoomAt(factor, ...centre());
    },
    fit: (view) => {
      k = Math.min(maxScale, Math.max(1, Math.min(box.width / view.width, box.height / view.height)));
      // Centre the view: its middle goes to the middle of the box.
      const [cx, cy] = centre();
      tx = cx - k * (view.x + view.width / 2);
      ty = cy - k * (view.y + view.height / 2);
      apply();
    },
    reset: () => {
      k = 1;
      tx = 0;
      ty = 0;
      apply();
    },
    get scale() {
      return k;
    },
  };
}
