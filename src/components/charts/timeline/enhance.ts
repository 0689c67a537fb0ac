/**
 * Browser only: behaviour for a timeline that Timeline.astro already printed. Event cards on hover and focus (their
 * text comes from the event list in the same figure, joined by data-event), keyboard moves through time and
 * between lanes, zoom and pan of the time window with the same scale and ticks as the build (layout.ts), filters,
 * the "as of" control, and selection shared with the map through the URL (store.ts).
 */
import { endOf, formatPartialDate, parsePartialDate, startOf } from '../../../lib/dates.ts';
import { viewState, updateViewState } from '../store.ts';
import { placeCard } from '../place-card.ts';
import { bindMarks } from '../marks.ts';
import { timeScale, timeTicks, LANE_HEIGHT } from './layout.ts';
import { wheelPixels } from '../wheel.ts';

const SVG = 'http://www.w3.org/2000/svg';
const DAY = 86_400_000;

export function enhanceTimeline(root: HTMLElement): void {
  const svg = root.querySelector('svg');
  const card = root.querySelector<HTMLElement>('.card');
  const controls = root.querySelector<HTMLElement>('.controls');
  const figure = root.closest('figure');
  if (!svg || !card || !controls || !figure) return;
  const lanes = [...svg.querySelectorAll<SVGGElement>('g.lane')];
  const marks = [...svg.querySelectorAll<SVGAElement>('a[data-event]')];
  const bands = [...svg.querySelectorAll<SVGRectElement>('rect.band')];
  const [d0 = 0, d1 = 1] = (svg.dataset['domain'] ?? '').split(' ').map(Number);
  const [e0 = d0, e1 = d1] = (svg.dataset['extent'] ?? '').split(' ').map(Number);
  const [r0 = 0, r1 = 1] = (svg.dataset['range'] ?? '').split(' ').map(Number);
  // The window the page opened with, and everything the data covers ("whole period").
  const initialDomain: [number, number] = [d0, d1];
  const fullDomain: [number, number] = [Math.min(e0, d0), Math.max(e1, d1)];
  const range: [number, number] = [r0, r1];
  let domain: [number, number] = [...initialDomain];
  // Times in UTC milliseconds, worked out once from the dates printed on the marks and bands.
  const endOfToday = endOf(parsePartialDate(svg.dataset['today'] ?? '2026'));
  const markTimes = new Map(
    marks.map((mark) => {
      const date = parsePartialDate(mark.dataset['date'] ?? '2026');
      const t0 = startOf(date);
      const t1 = endOf(date);
      return [mark, { t0, t: (t0 + t1) / 2, t1 }];
    }),
  );
  const timeOf = (mark: SVGAElement) => markTimes.get(mark)?.t ?? 0;
  const bandTimes = new Map(
    bands.map((band) => {
      const until = band.dataset['until'];
      return [
        band,
        {
          t0: startOf(parsePartialDate(band.dataset['from'] ?? '2026')),
          t1: until ? startOf(parsePartialDate(until)) : endOfToday,
        },
      ];
    }),
  );
  const locale = document.documentElement.lang || 'en';

  figure.querySelector<HTMLElement>('.hint')?.removeAttribute('hidden');

  // ---- Redrawing the time axis for a window -------------------------------------------------------------
  const grid = svg.querySelector<SVGGElement>('g.grid');
  const axis = svg.querySelector<SVGGElement>('g.axis');
  const todayLine = svg.querySelector<SVGLineElement>('g.today line');
  const axisY = Number(grid?.querySelector('line')?.getAttribute('y2') ?? 0);
  const todayT = todayLine ? Number(todayLine.getAttribute('x1')) : undefined;
  const todayTime = todayT === undefined ? undefined : d0 + ((todayT - r0) / (r1 - r0)) * (d1 - d0);

  const redraw = () => {
    const x = timeScale(domain, range);
    const clampX = (t: number) => Math.min(Math.max(x(t), r0 - 20), r1 + 20);
    for (const band of bands) {
      const times = bandTimes.get(band);
      const x0 = clampX(times?.t0 ?? 0);
      const x1 = clampX(times?.t1 ?? 0);
      band.setAttribute('x', String(x0));
      band.setAttribute('width', String(Math.max(0, x1 - x0)));
    }
    for (const mark of marks) {
      const { t0 = 0, t = 0, t1 = 0 } = markTimes.get(mark) ?? {};
      const outside = t < domain[0] || t > domain[1];
      mark.classList.toggle('is-outside', outside);
      mark.querySelector('use.mark')?.setAttribute('x', String(x(t)));
      const span = mark.querySelector('.span');
      span?.setAttribute('x1', String(clampX(t0)));
      span?.setAttribute('x2', String(clampX(t1)));
    }
    if (grid && axis) {
      const ticks = timeTicks(domain, range, locale);
      grid.replaceChildren(
        ...ticks.map((tick) => {
          const line = document.createElementNS(SVG, 'line');
          line.setAttribute('x1', String(tick.x));
          line.setAttribute('x2', String(tick.x));
          line.setAttribute('y1', '0');
          line.setAttribute('y2', String(axisY));
          line.setAttribute('class', tick.major ? 'tick major' : 'tick');
          return line;
        }),
      );
      axis.replaceChildren(
        ...ticks
          .filter((tick) => tick.label !== undefined)
          .map((tick) => {
            const text = document.createElementNS(SVG, 'text');
            text.setAttribute('x', String(tick.x));
            text.setAttribute('y', String(axisY + 16));
            text.setAttribute('text-anchor', tick.anchor);
            text.textContent = tick.label ?? '';
            return text;
          }),
      );
      // Scoped styles are keyed by an attribute Astro adds at build time; copy it to the new elements.
      const scope = [...svg.getAttributeNames()].find((n) => n.startsWith('data-astro-cid'));
      if (scope) for (const el of [...grid.children, ...axis.children]) el.setAttribute(scope, '');
    }
    if (todayLine && todayTime !== undefined) {
      const inside = todayTime >= domain[0] && todayTime <= domain[1];
      todayLine.setAttribute('x1', String(x(todayTime)));
      todayLine.setAttribute('x2', String(x(todayTime)));
      todayLine.style.display = inside ? '' : 'none';
    }
    drawAsOf();
  };

  const setDomain = (next: [number, number], record: boolean) => {
    const span = Math.min(Math.max(next[1] - next[0], 60 * DAY), fullDomain[1] - fullDomain[0]);
    let start = Math.max(fullDomain[0], Math.min(next[0], fullDomain[1] - span));
    if (!Number.isFinite(start)) start = fullDomain[0];
    domain = [start, start + span];
    redraw();
    if (record) {
      const whole = domain[0] === initialDomain[0] && domain[1] === initialDomain[1];
      const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
      updateViewState(
        whole ? { from: undefined, to: undefined } : { from: iso(domain[0]), to: iso(domain[1] - DAY) },
        'replace',
      );
    }
  };

  const zoomBy = (factor: number) => {
    const middle = (domain[0] + domain[1]) / 2;
    const half = (domain[1] - domain[0]) / 2 / factor;
    setDomain([middle - half, middle + half], true);
  };
  root.querySelector('[data-zoom="in"]')?.addEventListener('click', () => {
    zoomBy(2);
  });
  root.querySelector('[data-zoom="out"]')?.addEventListener('click', () => {
    zoomBy(0.5);
  });
  root.querySelector('[data-zoom="reset"]')?.addEventListener('click', () => {
    setDomain(fullDomain, true);
  });

  // Drag to pan (when zoomed in) with the primary button or a finger; Ctrl/⌘ + wheel or a trackpad pinch zooms
  // around the pointer. A plain wheel scrolls the page. A drag ends however the pointer goes away.
  let drag: { x: number; pointer: number; domain: [number, number] } | undefined;
  const toTime = (clientX: number) => {
    const box = svg.getBoundingClientRect();
    const px = ((clientX - box.left) / box.width) * (svg.viewBox.baseVal.width || box.width);
    return domain[0] + ((px - r0) / (r1 - r0)) * (domain[1] - domain[0]);
  };
  svg.addEventListener('pointerdown', (event) => {
    if (!event.isPrimary || event.button !== 0 || (event.target as Element).closest('a')) return;
    drag = { x: event.clientX, pointer: event.pointerId, domain: [...domain] };
    // Capture keeps the drag when the pointer leaves the chart; a pointer the browser no longer tracks cannot be
    // captured, and the drag still ends on pointerup or pointercancel.
    try {
      svg.setPointerCapture(event.pointerId);
    } catch {
      /* not capturable */
    }
  });
  svg.addEventListener('pointermove', (event) => {
    if (drag?.pointer !== event.pointerId) return;
    const dt = toTime(drag.x) - toTime(event.clientX);
    setDomain([drag.domain[0] + dt, drag.domain[1] + dt], false);
  });
  const endDrag = (event: PointerEvent) => {
    if (drag?.pointer !== event.pointerId) return;
    drag = undefined;
    setDomain(domain, true);
  };
  for (const type of ['pointerup', 'pointercancel', 'lostpointercapture'] as const) svg.addEventListener(type, endDrag);
  svg.addEventListener(
    'wheel',
    (event) => {
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      const at = toTime(event.clientX);
      const factor = Math.exp(-wheelPixels(event) * 0.002);
      setDomain([at - (at - domain[0]) / factor, at + (domain[1] - at) / factor], true);
    },
    { passive: false },
  );

  // ---- Event card ------------------------------------------------------------------------------------------
  const listItem = (id: string) => figure.querySelector<HTMLElement>(`li[data-event="${id}"]`);
  const showCard = (mark: SVGAElement) => {
    const item = listItem(mark.dataset['event'] ?? '');
    if (!item) return;
    const time = item.querySelector('time');
    const title = item.querySelector('.title')?.textContent.trim() ?? '';
    const summary = item.querySelector('.summary')?.textContent.trim() ?? '';
    const source = item.querySelector('.sources a')?.textContent.trim() ?? '';
    const strong = document.createElement('strong');
    strong.textContent = title;
    const when = document.createElement('time');
    when.dateTime = time?.dateTime ?? '';
    when.textContent = time?.textContent ?? '';
    card.replaceChildren(when, strong, summary);
    if (source) card.append(document.createElement('br'), `— ${source}`);
    card.hidden = false;
    placeCard(card, mark, root, 10);
  };
  const hideCard = () => {
    card.hidden = true;
  };

  // ---- Keyboard: one tab stop, arrows through time and between lanes -------------------------------------
  const visibleMarks = () =>
    marks.filter(
      (m) => !m.classList.contains('is-filtered') && !m.closest('.is-filtered') && !m.classList.contains('is-outside'),
    );
  const setTabStop = (current: SVGAElement | undefined) => {
    for (const mark of marks) {
      const value = mark === current ? '0' : '-1';
      // Unchanged attributes are left alone: each write makes the browser restyle the mark.
      if (mark.getAttribute('tabindex') !== value) mark.setAttribute('tabindex', value);
    }
  };
  const byTime = () => visibleMarks().sort((a, b) => timeOf(a) - timeOf(b));

  const selectEvent = (mark: SVGAElement) => {
    const deal = mark.closest<SVGGElement>('g.lane')?.dataset['lane'];
    updateViewState({ event: mark.dataset['event'], deal });
  };

  svg.addEventListener('keydown', (event) => {
    const current = document.activeElement as SVGAElement | null;
    const list = byTime();
    const index = current ? list.indexOf(current) : -1;
    let next: SVGAElement | undefined;
    if (event.key === 'ArrowRight') next = list[Math.min(index + 1, list.length - 1)];
    else if (event.key === 'ArrowLeft') next = list[Math.max(index - 1, 0)];
    else if (event.key === 'Home') next = list[0];
    else if (event.key === 'End') next = list.at(-1);
    else if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && current) {
      const laneList = lanes.filter((lane) => !lane.classList.contains('is-filtered'));
      const lane = current.closest<SVGGElement>('g.lane');
      const at = lane ? laneList.indexOf(lane) : -1;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const t = timeOf(current);
      for (let i = at + step; i >= 0 && i < laneList.length; i += step) {
        const candidates = list.filter((m) => m.closest('g.lane') === laneList[i]);
        if (candidates.length === 0) continue;
        next = candidates.reduce((a, b) => (Math.abs(timeOf(b) - t) < Math.abs(timeOf(a) - t) ? b : a));
        break;
      }
    } else if (event.key === 'Escape') {
      hideCard();
      return;
    } else if (event.key === ' ' && current) {
      event.preventDefault();
      selectEvent(current);
      return;
    }
    if (!next) return;
    event.preventDefault();
    next.focus();
  });

  // ---- Filters: deal, country, event type, year; hidden lanes close up, and the list below follows --------
  const dealSelect = root.querySelector<HTMLSelectElement>('select[data-filter="deal"]');
  const countrySelect = root.querySelector<HTMLSelectElement>('select[data-filter="country"]');
  const yearSelect = root.querySelector<HTMLSelectElement>('select[data-filter="year"]');
  const typeBoxes = [...root.querySelectorAll<HTMLInputElement>('input[data-filter="type"]')];
  const countriesOf = new Map(
    lanes.map((lane) => [lane.dataset['lane'] ?? '', (lane.dataset['countries'] ?? '').split(' ')]),
  );
  const eventFacts = new Map(
    marks.map((mark) => [
      mark.dataset['event'] ?? '',
      {
        type: mark.dataset['type'] ?? '',
        date: mark.dataset['date'] ?? '',
        deals: (mark.dataset['deals'] ?? '').split(' '),
      },
    ]),
  );
  const listItems = [...figure.querySelectorAll<HTMLElement>('.list li[data-event]')];
  const applyFilters = () => {
    const deal = dealSelect?.value ?? '';
    const country = countrySelect?.value ?? '';
    const year = yearSelect?.value ?? '';
    const types = new Set(typeBoxes.filter((b) => b.checked).map((b) => b.value));
    let row = 0;
    for (const lane of lanes) {
      const on =
        (!deal || lane.dataset['lane'] === deal) &&
        (!country || (lane.dataset['countries'] ?? '').split(' ').includes(country));
      lane.classList.toggle('is-filtered', !on);
      if (on) {
        lane.setAttribute('transform', `translate(0,${String(8 + row * LANE_HEIGHT)})`);
        row += 1;
      }
    }
    for (const mark of marks) mark.classList.toggle('is-filtered', !types.has(mark.dataset['type'] ?? ''));
    for (const item of listItems) {
      const facts = eventFacts.get(item.dataset['event'] ?? '');
      item.hidden =
        facts !== undefined &&
        (!types.has(facts.type) ||
          (deal !== '' && !facts.deals.includes(deal)) ||
          (country !== '' && !facts.deals.some((d) => countriesOf.get(d)?.includes(country))) ||
          (year !== '' && !facts.date.startsWith(year)));
    }
    setTabStop(byTime()[0]);
  };
  dealSelect?.addEventListener('change', applyFilters);
  countrySelect?.addEventListener('change', applyFilters);
  for (const box of typeBoxes) box.addEventListener('change', applyFilters);
  yearSelect?.addEventListener('change', () => {
    const year = yearSelect.value;
    if (year) updateViewState({ from: year, to: year }, 'replace');
    else updateViewState({ from: undefined, to: undefined }, 'replace');
    applyFilters();
  });
  // A link can name a country to start with (the front page's "all deals from …" links do).
  const askedCountry = new URLSearchParams(window.location.search).get('country');
  if (countrySelect && askedCountry && [...countrySelect.options].some((o) => o.value === askedCountry)) {
    countrySelect.value = askedCountry;
    applyFilters();
  }

  // ---- "As of": the date the map on this page colours statuses for ---------------------------------------
  const asOfInput = root.querySelector<HTMLInputElement>('input[data-as-of]');
  const asOfLabel = root.querySelector<HTMLOutputElement>('output[data-as-of-label]');
  const asOfLine = svg.querySelector<SVGLineElement>('.as-of-line');
  const dayToIso = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
  function drawAsOf() {
    const asOf = viewState.get().asOf;
    if (!asOfLine) return;
    if (!asOf) {
      asOfLine.classList.add('is-hidden');
      return;
    }
    const x = timeScale(domain, range)(startOf(parsePartialDate(asOf)) + DAY / 2);
    asOfLine.setAttribute('x1', String(x));
    asOfLine.setAttribute('x2', String(x));
    asOfLine.classList.remove('is-hidden');
  }
  asOfInput?.addEventListener('input', () => {
    const iso = dayToIso(Number(asOfInput.value));
    const latest = Number(asOfInput.max) === Number(asOfInput.value);
    updateViewState({ asOf: latest ? undefined : iso }, 'replace');
  });

  // ---- Shared state: selection, window, as-of ---------------------------------------------------------------
  const selection = root.querySelector<HTMLElement>('[data-selection]');
  const selectionTitle = root.querySelector<HTMLElement>('[data-selection-title]');
  const selectionLink = root.querySelector<HTMLAnchorElement>('[data-selection-link]');
  root.querySelector('[data-selection-clear]')?.addEventListener('click', () => {
    updateViewState({ deal: undefined, event: undefined });
  });

  // The per-mark work (listeners on every mark, the first tab stop, following the shared state) runs in the next
  // task, so that no single task keeps a slow phone from responding while a long timeline enhances; the controls
  // appear once everything they drive is ready.
  setTimeout(() => {
    bindMarks(marks, {
      show: showCard,
      hide: hideCard,
      setTabStop,
      isSelected: (mark) => viewState.get().event === mark.dataset['event'],
      select: selectEvent,
    });
    setTabStop(byTime()[0]);
    viewState.subscribe((state) => {
      for (const lane of lanes) {
        lane.classList.toggle('is-selected', state.deal !== undefined && lane.dataset['lane'] === state.deal);
        lane.classList.toggle('is-dimmed', state.deal !== undefined && lane.dataset['lane'] !== state.deal);
      }
      for (const mark of marks)
        mark.classList.toggle('is-selected', state.event !== undefined && mark.dataset['event'] === state.event);
      const lane = lanes.find((l) => l.dataset['lane'] === state.deal);
      if (selection && selectionTitle && selectionLink) {
        selection.hidden = !lane;
        selectionTitle.textContent = lane?.querySelector('.lane-label')?.textContent ?? '';
        const selectedMark = marks.find((m) => m.dataset['event'] === state.event && m.closest('g.lane') === lane);
        selectionLink.href = selectedMark?.getAttribute('href') ?? `/deals/${state.deal ?? ''}/`;
      }
      const wanted: [number, number] = [
        state.from ? startOf(parsePartialDate(state.from)) : initialDomain[0],
        state.to ? endOf(parsePartialDate(state.to)) : initialDomain[1],
      ];
      if (wanted[0] !== domain[0] || wanted[1] !== domain[1]) setDomain(wanted, false);
      if (asOfInput) {
        const day = state.asOf ? Math.round(startOf(parsePartialDate(state.asOf)) / DAY) : Number(asOfInput.max);
        asOfInput.value = String(day);
        if (asOfLabel) asOfLabel.textContent = formatPartialDate(dayToIso(Number(asOfInput.value)), locale);
      }
      drawAsOf();
    });
    controls.hidden = false;
  }, 0);
}
