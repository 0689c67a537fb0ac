/**
 * Browser only: adds behaviour to a map that WorldMap.astro already printed. Nothing here draws marks; it joins
 * by data-* attributes. Tooltip on hover and focus, roving tabindex with arrow keys, Escape, zoom and pan
 * (pan-zoom.ts), region presets, labels kept at reading size, filters by status and kind, selection and time travel.
 */
import { panZoom, type View } from './pan-zoom.ts';
import { placeCard } from '../place-card.ts';
import { bindMarks } from '../marks.ts';
import { parseHistory, statusAt } from '../../../lib/status.ts';
import { todayIso } from '../../../lib/dates.ts';
import { statusGlyph } from '../../../lib/geo/glyphs.ts';
import { DEAL_STATUSES } from '../../../schemas/vocabulary.ts';
import { viewState, updateViewState } from '../store.ts';

/** How far the map zooms: enough for the Western Balkans and the Lesser Antilles to fill it. */
const MAX_SCALE = 24;
/** How many deals a pair's card lists before "and N more" (as in its table row). */
const LISTED = 5;

const idsOf = (element: Element) => (element.getAttribute('data-deals') ?? '').split(' ').filter(Boolean);

export function enhanceWorldMap(root: HTMLElement): void {
  const svg = root.querySelector('svg');
  const viewport = root.querySelector<SVGGElement>('.viewport');
  const tooltip = root.querySelector<HTMLElement>('.tooltip');
  const controls = root.querySelector<HTMLElement>('.controls');
  if (!svg || !viewport || !tooltip || !controls) return;
  const figure = root.closest('figure');
  const marks = [...root.querySelectorAll<SVGAElement>('a[data-deals]')];
  const shapes = [...root.querySelectorAll<SVGElement>('.countries [data-country], .points [data-country]')];
  const dealsOf = new Map(marks.map((mark) => [mark, idsOf(mark)]));
  // A country's deals: printed on it (deal maps), or on a country-pair map gathered from the pairs it is part of,
  // so the page does not repeat every deal id once per country.
  const countryDeals = new Map<string, Set<string>>();
  for (const mark of marks) {
    for (const code of (mark.dataset['pair'] ?? '').split('>').filter(Boolean)) {
      const set = countryDeals.get(code) ?? new Set<string>();
      for (const id of dealsOf.get(mark) ?? []) set.add(id);
      countryDeals.set(code, set);
    }
  }
  const shapeDeals = new Map(
    shapes.map((shape) => [
      shape,
      shape.hasAttribute('data-deals') ? idsOf(shape) : [...(countryDeals.get(shape.dataset['country'] ?? '') ?? [])],
    ]),
  );
  const allDeals = new Set(marks.flatMap((mark) => dealsOf.get(mark) ?? []));

  controls.hidden = false;
  figure?.querySelector<HTMLElement>('.hint')?.removeAttribute('hidden');

  // Roving tabindex: one tab stop for the whole map, arrow keys move between visible marks.
  const visible = () => marks.filter((mark) => !mark.classList.contains('is-filtered'));
  const setTabStop = (current: SVGAElement | undefined) => {
    for (const mark of marks) mark.setAttribute('tabindex', mark === current ? '0' : '-1');
  };
  setTabStop(visible()[0]);

  /** Highlights every mark and country behind the deal (a pair arc carries all of its deals). */
  const highlight = (id: string | undefined) => {
    for (const mark of marks) {
      const on = id !== undefined && (dealsOf.get(mark) ?? []).includes(id);
      mark.classList.toggle('is-selected', on);
      mark.classList.toggle('is-dimmed', id !== undefined && !on);
    }
    for (const shape of shapes) {
      shape.classList.toggle('is-selected', id !== undefined && (shapeDeals.get(shape) ?? []).includes(id));
    }
  };

  const selectDeal = (mark: SVGAElement | undefined) => {
    updateViewState({ deal: mark?.dataset['deal'], event: undefined });
  };
  const hide = () => {
    tooltip.hidden = true;
    highlight(viewState.get().deal);
  };
  const dealTitle = (id: string) =>
    figure?.querySelector(`[data-deal-row="${id}"] a, [data-deal-item="${id}"] a`)?.textContent.trim() ?? id;

  const show = (mark: SVGAElement) => {
    const pair = mark.dataset['pair'];
    const heading = document.createElement('strong');
    tooltip.replaceChildren(heading);
    if (pair) {
      // A country pair: its row in the table names the countries, the status and the deals.
      const row = figure?.querySelector(`[data-pair-row="${pair}"]`);
      const cells = [...(row?.querySelectorAll('th, td') ?? [])].map((cell) => cell.textContent.trim());
      heading.textContent = `${cells[0] ?? ''} → ${cells[1] ?? ''}`;
      tooltip.append(cells[2] ?? '');
      const list = document.createElement('ul');
      for (const item of [...(row?.querySelectorAll('li') ?? [])].slice(0, LISTED + 1)) {
        const li = document.createElement('li');
        li.textContent = item.textContent.trim();
        list.append(li);
      }
      tooltip.append(list);
    } else {
      // Title and status come from the deal's row in the figure's table, so the marks carry no second copy.
      const row = figure?.querySelector(`[data-deal-row="${mark.dataset['deal'] ?? ''}"]`);
      heading.textContent = row?.querySelector('th')?.textContent.trim() ?? '';
      const statusLabel = row?.querySelector('.se-status')?.textContent.trim() ?? '';
      const { since = '', people = '' } = mark.dataset;
      tooltip.append(`${statusLabel} · ${since}`);
      if (people) tooltip.append(document.createElement('br'), people);
    }
    tooltip.hidden = false;
    if (tooltip.parentElement) placeCard(tooltip, mark, tooltip.parentElement);
    highlight(mark.dataset['deal']);
  };

  // A status glyph wins over the invisible, wider hit line of another arc drawn on top of it: a click on a glyph
  // goes to that glyph's deal whatever the drawing order.
  svg.addEventListener(
    'click',
    (event) => {
      const target = (event.target as Element).closest<SVGAElement>('a[data-deals]');
      if (!target || (event.target as Element).classList.contains('glyph')) return;
      const under = marks.find((mark) =>
        [...mark.querySelectorAll('.glyph')].some((glyph) => {
          const box = glyph.getBoundingClientRect();
          return (
            event.clientX >= box.left - 2 &&
            event.clientX <= box.right + 2 &&
            event.clientY >= box.top - 2 &&
            event.clientY <= box.bottom + 2
          );
        }),
      );
      if (!under || under === target) return;
      event.preventDefault();
      event.stopPropagation();
      under.dispatchEvent(
        new MouseEvent('click', {
          bubbles: true,
          cancelable: true,
          detail: event.detail,
          clientX: event.clientX,
          clientY: event.clientY,
        }),
      );
    },
    { capture: true },
  );
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

  // Labels: the layer placed for the current view shows, its text shrunk as the map zooms in and on frames wider
  // than the layer was placed for, never grown (labels.ts: shrinking keeps them apart).
  const layers = [...root.querySelectorAll<SVGGElement>('.label-layer')].map((layer) => ({
    layer,
    region: layer.dataset['region'] ?? '',
    scale: Number(layer.dataset['scale'] ?? 1),
    width: Number(layer.dataset['width'] ?? 720),
    size: Number(layer.getAttribute('font-size') ?? 11),
    halo: Number(layer.getAttribute('stroke-width') ?? 3),
  }));
  const regionButtons = [...root.querySelectorAll<HTMLButtonElement>('button[data-region]')];
  // The region the map opens on when the URL names none: the world, or the component's `region`.
  const defaultRegion = regionButtons.find((b) => b.getAttribute('aria-pressed') === 'true')?.dataset['region'];
  let region = regionButtons.length > 0 ? (defaultRegion ?? 'world') : 'view';
  const regionScale = (id: string) => layers.find((l) => l.region === id)?.scale ?? 1;
  const fitLabels = (k: number) => {
    const frameWidth = svg.getBoundingClientRect().width || 1;
    const shown = k >= regionScale(region) * 0.98 ? region : regionButtons.length > 0 ? 'world' : 'view';
    const round = (n: number) => String(Math.round(n * 1000) / 1000);
    for (const { layer, region: id, scale, width, size, halo } of layers) {
      layer.classList.toggle('is-active', id === shown);
      const factor = Math.min(1, scale / k) * Math.min(1, width / frameWidth);
      layer.setAttribute('font-size', round(size * factor));
      layer.setAttribute('stroke-width', round(halo * factor));
    }
    // CSSOM, not a style attribute: allowed by the page's Content-Security-Policy.
    svg.style.setProperty('--se-map-inverse', String(1 / k));
  };

  // Zoom and pan: Ctrl/⌘+wheel, double-click, drag and pinch, and buttons for people who cannot use those.
  const view = panZoom(
    svg,
    viewport,
    (k) => {
      tooltip.hidden = true;
      fitLabels(k);
    },
    regionButtons.length > 0 ? MAX_SCALE : 8,
  );
  new ResizeObserver(() => {
    fitLabels(view.scale);
  }).observe(svg);
  root.querySelector('[data-zoom="in"]')?.addEventListener('click', () => {
    view.scaleBy(1.6);
  });
  root.querySelector('[data-zoom="out"]')?.addEventListener('click', () => {
    view.scaleBy(1 / 1.6);
  });
  root.querySelector('[data-zoom="reset"]')?.addEventListener('click', () => {
    if (regionButtons.length > 0) updateViewState({ region: defaultRegion === 'world' ? undefined : 'world' });
    view.reset();
  });

  // Region presets: one click, named in the URL (?region=…), so Back and Forward and shared links restore them.
  const showRegion = (id: string) => {
    const button = regionButtons.find((b) => b.dataset['region'] === id) ?? regionButtons[0];
    for (const b of regionButtons) b.setAttribute('aria-pressed', String(b === button));
    region = button?.dataset['region'] ?? 'world';
    const [x = 0, y = 0, width = 0, height = 0] = (button?.dataset['view'] ?? '').split(' ').map(Number);
    const target: View = { x, y, width, height };
    if (region === 'world' || width === 0) view.reset();
    else view.fit(target);
  };
  for (const button of regionButtons) {
    button.addEventListener('click', () => {
      const id = button.dataset['region'];
      updateViewState({ region: id === defaultRegion ? undefined : id });
      // Pressing the current region again brings its view back after a zoom or pan.
      if (id === region) showRegion(id);
    });
  }

  // Filters: a mark shows when its status and one of its kinds are ticked.
  const boxes = [...root.querySelectorAll<HTMLInputElement>('input[data-filter]')];
  const shown = root.querySelector<HTMLElement>('.shown');
  const applyFilters = () => {
    const allowed = (kind: string) =>
      new Set(boxes.filter((b) => b.dataset['filter'] === kind && b.checked).map((b) => b.value));
    const statuses = allowed('status');
    const kinds = allowed('kind');
    const visibleIds = new Set<string>();
    for (const mark of marks) {
      const on =
        statuses.has(mark.dataset['status'] ?? '') &&
        (mark.dataset['kinds'] ?? '').split(' ').some((kind) => kinds.has(kind));
      mark.classList.toggle('is-filtered', !on);
      if (on) for (const id of dealsOf.get(mark) ?? []) visibleIds.add(id);
    }
    for (const shape of shapes) {
      shape.classList.toggle('is-dimmed', !(shapeDeals.get(shape) ?? []).some((id) => visibleIds.has(id)));
    }
    if (shown) {
      shown.textContent = (shown.dataset['shownTemplate'] ?? '')
        .replace('{shown}', String(visibleIds.size))
        .replace('{total}', String(allDeals.size));
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

  // Time travel: each mark shows its status on the "as of" date (a pair: its combined history), with that
  // status's glyph and colour.
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
  let appliedRegion: string | undefined;
  viewState.subscribe((state) => {
    const statusBoxes = boxes.filter((b) => b.dataset['filter'] === 'status');
    for (const box of statusBoxes)
      box.checked = !state.status || state.status.includes(box.value as (typeof DEAL_STATUSES)[number]);
    recolour(state.asOf && state.asOf < todayIso() ? state.asOf : undefined);
    if (boxes.length > 0) applyFilters();
    const wanted = state.region ?? defaultRegion ?? 'world';
    if (regionButtons.length > 0 && wanted !== appliedRegion) {
      appliedRegion = wanted;
      showRegion(wanted);
    }
    const id = state.deal;
    const mark = marks.find((m) => id !== undefined && (dealsOf.get(m) ?? []).includes(id));
    highlight(mark ? id : undefined);
    if (selection && selectionTitle && selectionLink) {
      selection.hidden = !mark;
      selectionTitle.textContent = id ? dealTitle(id) : '';
      selectionLink.href = id ? (mark?.getAttribute('href') ?? '/').replace(/[^/]+\/$/, `${id}/`) : '/';
    }
  });
  if (regionButtons.length === 0) fitLabels(1);
}
