/**
 * Browser only: behaviour for the overview TimelineOverview.astro printed. The "as of" control writes the shared
 * view state (so the map on the page recolours) and marks that date on every strip; a deal selected elsewhere (the
 * map, a shared URL) opens its group and is highlighted.
 */
import { formatPartialDate, parsePartialDate, startOf } from '../../../lib/dates.ts';
import { viewState, updateViewState } from '../store.ts';

const SVG = 'http://www.w3.org/2000/svg';
const DAY = 86_400_000;

export function enhanceOverview(root: HTMLElement): void {
  const controls = root.querySelector<HTMLElement>('.controls');
  const input = root.querySelector<HTMLInputElement>('input[data-as-of]');
  const label = root.querySelector<HTMLOutputElement>('output[data-as-of-label]');
  if (!controls || !input) return;
  controls.hidden = false;
  const from = Number(root.dataset['from']);
  const to = Number(root.dataset['to']);
  const locale = document.documentElement.lang || 'en';
  const groups = [...root.querySelectorAll<HTMLDetailsElement>('details.group')];
  const lanes = [...root.querySelectorAll<HTMLElement>('li.lane')];
  const dayToIso = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

  // One mark per strip, moved as the date changes (positions are percentages, like the bands).
  const marks = [...root.querySelectorAll<SVGSVGElement>('svg.strip, svg.spark')].map((svg) => {
    const line = document.createElementNS(SVG, 'line');
    line.setAttribute('class', 'as-of-mark');
    line.setAttribute('vector-effect', 'non-scaling-stroke');
    const spark = svg.classList.contains('spark');
    line.setAttribute('y1', '0');
    line.setAttribute('y2', spark ? '32' : '12');
    line.style.display = 'none';
    svg.append(line);
    return { line, spark };
  });

  input.addEventListener('input', () => {
    const latest = Number(input.max) === Number(input.value);
    updateViewState({ asOf: latest ? undefined : dayToIso(Number(input.value)) }, 'replace');
  });

  viewState.subscribe((state) => {
    const day = state.asOf ? Math.round(startOf(parsePartialDate(state.asOf)) / DAY) : Number(input.max);
    input.value = String(day);
    if (label) label.textContent = formatPartialDate(dayToIso(Number(input.value)), locale);
    const share = state.asOf ? (startOf(parsePartialDate(state.asOf)) + DAY / 2 - from) / (to - from) : undefined;
    for (const { line, spark } of marks) {
      const inside = share !== undefined && share >= 0 && share <= 1;
      line.style.display = inside ? '' : 'none';
      if (!inside) continue;
      // The area chart is stretched to a 100-unit viewBox; strips use percentages.
      const x = spark ? String(share * 100) : `${String(share * 100)}%`;
      line.setAttribute('x1', x);
      line.setAttribute('x2', x);
    }
    for (const lane of lanes) {
      const selected = state.deal !== undefined && lane.dataset['lane'] === state.deal;
      lane.classList.toggle('is-selected', selected);
      lane.classList.toggle('is-dimmed', state.deal !== undefined && !selected);
    }
    if (state.deal !== undefined) {
      const group = groups.find((g) => (g.dataset['deals'] ?? '').split(' ').includes(state.deal ?? ''));
      if (group) group.open = true;
    }
  });
}
