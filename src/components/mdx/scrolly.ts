/**
 * Browser only: scrollytelling. Each <Step> (Step.astro) carries its view in data-* attributes; when a step crosses
 * the reading line, just below the middle of the screen (below the sticky figure on a phone), its view replaces
 * the shared view state (charts/store.ts), which the map and timeline already follow. `replace`, never `push`:
 * reading adds no history entries. The page scrolls normally; nothing here moves it. A link to `#step-<id>`
 * opens with that step's view.
 */
import { updateViewState } from '../charts/store.ts';
import { stepPatch } from '../../lib/scrolly.ts';

/** The reading line, as a fraction of the viewport's height from the top. */
const READING_LINE = 0.6;

function enhance(root: HTMLElement): void {
  const steps = [...root.querySelectorAll<HTMLElement>('[data-step]')];
  const label = root.querySelector<HTMLElement>('[data-scrolly-view]');
  let current: HTMLElement | undefined;
  const apply = (step: HTMLElement) => {
    if (step === current) return;
    current = step;
    for (const s of steps) s.classList.toggle('is-active', s === step);
    root.dataset['step'] = step.dataset['step'] ?? '';
    updateViewState(stepPatch(step.dataset), 'replace');
    // The region and date in words (printed by Step.astro at build time) above the charts.
    const words = step.dataset['label'];
    if (label && words) label.textContent = words;
  };

  const fromHash = () => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    const step = steps.find((s) => s.id === id);
    if (step) apply(step);
  };
  fromHash();
  window.addEventListener('hashchange', fromHash);

  if (!('IntersectionObserver' in window)) return;
  const bottom = Math.round((1 - READING_LINE) * 100);
  const observer = new IntersectionObserver(
    (entries) => {
      const crossing = entries.filter((entry) => entry.isIntersecting).at(-1);
      if (crossing) apply(crossing.target as HTMLElement);
    },
    // A line, not a band: the root is shrunk to zero height at the reading line.
    { rootMargin: `-${String(100 - bottom)}% 0px -${String(bottom)}% 0px` },
  );
  for (const step of steps) observer.observe(step);
}

export function enhanceScrollies(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-scrolly]')) enhance(root);
}
