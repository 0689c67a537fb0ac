/**
 * Browser only: pan and zoom for an SVG group, with the wheel, one-finger or mouse drag, two-finger pinch and
 * buttons (WCAG 2.5.7). A few dozen lines instead of d3-zoom's 17 KB: the map needs nothing more.
 * The transform is written as "translate(x,y) scale(k)" in the SVG's own units.
 */

export interface PanZoom {
  scaleBy(factor: number): void;
  reset(): void;
}

interface View {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export function panZoom(svg: SVGSVGElement, target: SVGGElement, onChange: () => void, maxScale = 8): PanZoom {
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
    onChange();
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
      event.preventDefault();
      const [px, py] = toSvg(event.clientX, event.clientY);
      zoomAt(Math.exp(-event.deltaY * (event.deltaMode === 1 ? 0.05 : 0.002)), px, py);
    },
    { passive: false },
  );

  const pointers = new Map<number, [number, number]>();
  let pinch: { distance: number; k: number } | undefined;
  svg.addEventListener('pointerdown', (event) => {
    if ((event.target as Element).closest('a') && event.pointerType === 'mouse') return;
    pointers.set(event.pointerId, toSvg(event.clientX, event.clientY));
    if (pointers.size === 2) {
      const [a, b] = [...pointers.values()] as [[number, number], [number, number]];
      pinch = { distance: Math.hypot(a[0] - b[0], a[1] - b[1]), k };
    }
  });
  svg.addEventListener('pointermove', (event) => {
    const previous = pointers.get(event.pointerId);
    if (!previous) return;
    const current = toSvg(event.clientX, event.clientY);
    pointers.set(event.pointerId, current);
    if (pointers.size === 1 && k > 1) {
      svg.setPointerCapture(event.pointerId);
      tx += current[0] - previous[0];
      ty += current[1] - previous[1];
      apply();
    } else if (pointers.size === 2 && pinch) {
      const [a, b] = [...pointers.values()] as [[number, number], [number, number]];
      const distance = Math.hypot(a[0] - b[0], a[1] - b[1]);
      zoomAt((pinch.k * distance) / pinch.distance / k, (a[0] + b[0]) / 2, (a[1] + b[1]) / 2);
    }
  });
  const release = (event: PointerEvent) => {
    pointers.delete(event.pointerId);
    if (pointers.size < 2) pinch = undefined;
  };
  svg.addEventListener('pointerup', release);
  svg.addEventListener('pointercancel', release);

  const centre = (): [number, number] => [box.x + box.width / 2, box.y + box.height / 2];
  return {
    scaleBy: (factor) => {
      zoomAt(factor, ...centre());
    },
    reset: () => {
      k = 1;
      tx = 0;
      ty = 0;
      apply();
    },
  };
}
