/**
 * Browser only: adds behaviour to a map that WorldMap.astro already printed. Nothing here draws marks; it joins
 * by data-* attributes. Tooltip on hover and focus, roving tabindex with arrow keys, Escape, zoom and pan with
 * buttons, wheel, drag and pinch (pan-zoom.ts), filters by status and kind, selection and time travel.
 */
import { panZoom } from './pan-zoom.ts';
import { placeCard } from '../place-card.ts';
import { bindMarks } from '../marks.ts';
import { parseHistory, statusAt } from '../../../lib/status.ts';
import { todayIso } from '../../../lib/dates.ts';
import { DEAL_STATUSES } from '../../../schemas/vocabulary.ts';
import { viewState, updateViewState } from '../store.ts';
import { statusGlyph } from './glyphs.ts';

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

  const selectDeal = (mark: SVGAElement | undefined) => {
    updateViewState({ deal: mark?.dataset['deal'], event: undefined });
  };
  const selectedMark = () => marks.find((m) => m.dataset['deal'] === viewState.get().deal);
  const hide = () => {
    tooltip.hidden = true;
    select_(selectedMark());
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
    if (tooltip.parentElement) placeCard(tooltip, mark, tooltip.parentElement);
    select_(mark);
  };

  bindMarks(marks, {
    show,
    hide,
    setTabStop,
    isSelected: (mark) => viewState.get().deal === mark.dataset['deal'],
    select: selectDeal,
  });

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
    } else if (event.key === ' ' && list[current]) {
      event.preventDefault();
      selectDeal(list[current]);
      return;
    }
    if (next === undefined || list.length === 0) return;
    event.preventDefault();
    list[next]?.focus();
  });

  // Zoom and pan: wheel, drag and pinch, and buttons for people who cannot use those (WCAG 2.5.7).
  const view = panZoom(svg, viewport, () => {
    tooltip.hidden = true;
  });
  root.querySelector('[data-zoom="in"]')?.addEventListener('click', () => {
    view.scaleBy(1.6);
  });
  root.querySelector('[data-zoom="out"]')?.addEventListener('click', () => {
    view.scaleBy(1 / 1.6);
  });
  root.querySelector('[data-zoom="reset"]')?.addEventListener('click', () => {
    view.reset();
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
  for (const box of boxes) {
    box.addEventListener('change', () => {
      if (box.dataset['filter'] === 'status') {
        const ticked = boxes.filter((b) => b.dataset['filter'] === 'status' && b.checked).map((b) => b.value);
        const all = boxes.filter((b) => b.dataset['filter'] === 'status').length;
        // At least one status stays ticked: an empty filter would mean "everything" in the URL.
        if (ticked.length === 0) {
          box.checked = true;
          return;
        }
        updateViewState({ status: ticked.length === all ? undefined : ticked });
      }
      applyFilters();
    });
  }

  // Time travel: each deal shows its status on the "as of" date, with the glyph and colour of that status.
  const svgUnit = Number(svg.dataset['unit'] ?? 1);
  const histories = new Map(marks.map((mark) => [mark, parseHistory(mark.dataset['history'] ?? '')]));
  const original = new Map(marks.map((mark) => [mark, mark.dataset['status'] ?? '']));
  const recolour = (asOf: string | undefined) => {
    for (const mark of marks) {
      const status = asOf
        ? statusAt(histories.get(mark) ?? [], asOf)
        : (original.get(mark) as (typeof DEAL_STATUSES)[number]);
      mark.classList.toggle('is-future', status === undefined);
      if (!status) continue;
      mark.dataset['status'] = status;
      for (const glyph of mark.querySelectorAll<SVGPathElement>('.glyph')) {
        const [x = 0, y = 0] = (glyph.dataset['mid'] ?? '').split(',').map(Number);
        const shape = statusGlyph(status, [x, y], svgUnit);
        glyph.setAttribute('d', shape.d);
        glyph.classList.toggle('hollow', !shape.filled);
      }
    }
  };

  const selection = root.querySelector<HTMLElement>('[data-selection]');
  const selectionTitle = root.querySelector<HTMLElement>('[data-selection-title]');
  const selectionLink = root.querySelector<HTMLAnchorElement>('[data-selection-link]');
  root.querySelector('[data-selection-clear]')?.addEventListener('click', () => {
    updateViewState({ deal: undefined, event: undefined });
  });
  viewState.subscribe((state) => {
    const statusBoxes = boxes.filter((b) => b.dataset['filter'] === 'status');
    for (const box of statusBoxes)
      box.checked = !state.status || state.status.includes(box.value as (typeof DEAL_STATUSES)[number]);
    recolour(state.asOf && state.asOf < todayIso() ? state.asOf : undefined);
    if (boxes.length > 0) applyFilters();
    const mark = selectedMark();
    select_(mark);
    if (selection && selectionTitle && selectionLink) {
      selection.hidden = !mark;
      const row = figure?.querySelector(`[data-deal-row="${mark?.dataset['deal'] ?? ''}"] th`);
      selectionTitle.textContent = row?.textContent.trim() ?? '';
      selectionLink.href = mark?.getAttribute('href') ?? '/';
    }
  });
}
