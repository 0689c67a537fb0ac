/**
 * Browser only: adds behaviour to a map that WorldMap.astro already printed. Nothing here draws marks; it joins
 * by data-* attributes. Tooltip on hover and focus, roving tabindex with arrow keys, Escape, zoom and pan with
 * buttons, wheel, drag and pinch, and filters by status and kind.
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';

export function enhanceWorldMap(root: HTMLElement): void {
  const svg = root.querySelector('svg');
  const viewport = root.querySelector<SVGGElement>('.viewport');
  const tooltip = root.querySelector<HTMLElement>('.tooltip');
  const controls = root.querySelector<HTMLElement>('.controls');
  if (!svg || !viewport || !tooltip || !controls) return;
  const figure = root.closest('figure');
  const marks = [...root.querySelectorAll<SVGAElement>('a[data-deal]')];
  const shapes = [...root.querySelectorAll<SVGElement>('[data-country][data-deals]')];

  controls.hidden = false;
  figure?.querySelector<HTMLElement>('.hint')?.removeAttribute('hidden');

  // Roving tabindex: one tab stop for the whole map, arrow keys move between visible deals.
  const visible = () => marks.filter((mark) => !mark.classList.contains('is-filtered'));
  const setTabStop = (current: SVGAElement | undefined) => {
    for (const mark of marks) mark.setAttribute('tabindex', mark === current ? '0' : '-1');
  };
  setTabStop(visible()[0]);

  const select_ = (mark: SVGAElement | undefined) => {
    const id = mark?.dataset['deal'];
    for (const other of marks) {
      other.classList.toggle('is-selected', other === mark);
      other.classList.toggle('is-dimmed', mark !== undefined && other !== mark);
    }
    for (const shape of shapes) {
      shape.classList.toggle('is-selected', id !== undefined && (shape.dataset['deals'] ?? '').split(' ').includes(id));
    }
  };

  const hide = () => {
    tooltip.hidden = true;
    select_(undefined);
  };

  const show = (mark: SVGAElement) => {
    // Title and status come from the deal's row in the figure's table, so the marks carry no second copy.
    const row = figure?.querySelector(`[data-deal-row="${mark.dataset['deal'] ?? ''}"]`);
    const title = row?.querySelector('th')?.textContent.trim() ?? '';
    const statusLabel = row?.querySelector('.se-status')?.textContent.trim() ?? '';
    const { since = '', people = '' } = mark.dataset;
    tooltip.replaceChildren();
    const heading = document.createElement('strong');
    heading.textContent = title;
    tooltip.append(heading, `${statusLabel} · ${since}`);
    if (people) tooltip.append(document.createElement('br'), people);
    tooltip.hidden = false;
    // Place the card beside the mark, kept inside the map's frame.
    const frame = tooltip.parentElement?.getBoundingClientRect();
    const box = mark.getBoundingClientRect();
    if (frame) {
      const width = tooltip.offsetWidth;
      const height = tooltip.offsetHeight;
      let left = box.left - frame.left + box.width / 2 - width / 2;
      let top = box.top - frame.top - height - 8;
      if (top < 0) top = box.bottom - frame.top + 8;
      left = Math.max(4, Math.min(left, frame.width - width - 4));
      top = Math.max(4, Math.min(top, frame.height - height - 4));
      tooltip.style.left = `${left}px`;
      tooltip.style.top = `${top}px`;
    }
    select_(mark);
  };

  for (const mark of marks) {
    mark.addEventListener('pointerenter', () => {
      show(mark);
    });
    mark.addEventListener('pointerleave', hide);
    mark.addEventListener('focus', () => {
      setTabStop(mark);
      show(mark);
    });
    mark.addEventListener('blur', hide);
  }

  svg.addEventListener('keydown', (event) => {
    const list = visible();
    const current = list.indexOf(document.activeElement as SVGAElement);
    let next: number | undefined;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') next = (current + 1) % list.length;
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') next = (current - 1 + list.length) % list.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = list.length - 1;
    else if (event.key === 'Escape') {
      hide();
      return;
    }
    if (next === undefined || list.length === 0) return;
    event.preventDefault();
    list[next]?.focus();
  });

  // Zoom and pan: d3-zoom for wheel, drag and pinch; the buttons do the same for people who cannot (WCAG 2.5.7).
  const behavior: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
    .scaleExtent([1, 8])
    .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      viewport.setAttribute('transform', event.transform.toString());
      tooltip.hidden = true;
    });
  const view = svg.viewBox.baseVal;
  behavior.extent([
    [view.x, view.y],
    [view.x + view.width, view.y + view.height],
  ]);
  behavior.translateExtent([
    [view.x, view.y],
    [view.x + view.width, view.y + view.height],
  ]);
  const selection = select(svg);
  selection.call(behavior);
  root.querySelector('[data-zoom="in"]')?.addEventListener('click', () => {
    behavior.scaleBy(selection, 1.6);
  });
  root.querySelector('[data-zoom="out"]')?.addEventListener('click', () => {
    behavior.scaleBy(selection, 1 / 1.6);
  });
  root.querySelector('[data-zoom="reset"]')?.addEventListener('click', () => {
    behavior.transform(selection, zoomIdentity);
  });

  // Filters: a deal shows when its status and its kind are both ticked.
  const boxes = [...root.querySelectorAll<HTMLInputElement>('input[data-filter]')];
  const shown = root.querySelector<HTMLElement>('.shown');
  const applyFilters = () => {
    const allowed = (kind: string) =>
      new Set(boxes.filter((b) => b.dataset['filter'] === kind && b.checked).map((b) => b.value));
    const statuses = allowed('status');
    const kinds = allowed('kind');
    const visibleIds = new Set<string>();
    for (const mark of marks) {
      const on = statuses.has(mark.dataset['status'] ?? '') && kinds.has(mark.dataset['kind'] ?? '');
      mark.classList.toggle('is-filtered', !on);
      if (on) visibleIds.add(mark.dataset['deal'] ?? '');
    }
    for (const shape of shapes) {
      const any = (shape.dataset['deals'] ?? '').split(' ').some((id) => visibleIds.has(id));
      shape.classList.toggle('is-dimmed', !any);
    }
    if (shown) {
      shown.textContent = (shown.dataset['shownTemplate'] ?? '')
        .replace('{shown}', String(visibleIds.size))
        .replace('{total}', String(marks.length));
    }
    setTabStop(visible()[0]);
  };
  for (const box of boxes) box.addEventListener('change', applyFilters);
  if (boxes.length > 0) applyFilters();
}
