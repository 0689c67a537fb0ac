/**
 * Browser only: behaviour for a people chart that PeopleChart.astro or PeopleSteps.astro already printed. A card on
 * hover and focus, its text copied from the element the chart describes in words (the table row of a deal, or the
 * figure in the deal page's list, found by `data-card`); one tab stop, with arrow keys, Home and End moving between
 * marks; Escape closes the card. Marks are plain links: a click or Enter follows them.
 */
import { bindMarks } from '../marks.ts';
import { placeCard } from '../place-card.ts';

export function enhancePeople(root: HTMLElement): void {
  const card = root.querySelector<HTMLElement>('.card');
  const figure = root.closest('figure');
  if (!card || !figure) return;
  const marks = [...root.querySelectorAll<SVGAElement>('a.mark')];
  if (marks.length === 0) return;
  figure.querySelector<HTMLElement>('.hint')?.removeAttribute('hidden');

  const source = (mark: SVGAElement) => {
    const key = mark.dataset['card'];
    return key ? document.getElementById(key) : null;
  };
  const show = (mark: SVGAElement) => {
    const from = source(mark);
    if (!from) return;
    const strong = document.createElement('strong');
    strong.textContent = from.querySelector('[data-card-title]')?.textContent.trim() ?? '';
    const lines = [...from.querySelectorAll('[data-card-line]')].map((element) => {
      const span = document.createElement('span');
      span.textContent = element.textContent.replace(/\s+/g, ' ').trim();
      return span;
    });
    card.replaceChildren(strong, ...lines.filter((line) => line.textContent !== ''));
    card.hidden = false;
    placeCard(card, mark.querySelector('.dot') ?? mark, root, 10);
  };
  const hide = () => {
    card.hidden = true;
  };
  const setTabStop = (current: SVGAElement) => {
    for (const mark of marks) mark.setAttribute('tabindex', mark === current ? '0' : '-1');
  };
  const [first] = marks;
  if (first) setTabStop(first);
  bindMarks(marks, { show, hide, setTabStop, isSelected: () => true, select: () => undefined });

  root.addEventListener('keydown', (event) => {
    const current = document.activeElement;
    const index = marks.findIndex((mark) => mark === current);
    if (index < 0) return;
    let next: SVGAElement | undefined;
    if (event.key === 'ArrowDown' || event.key === 'ArrowRight') next = marks[Math.min(index + 1, marks.length - 1)];
    else if (event.key === 'ArrowUp' || event.key === 'ArrowLeft') next = marks[Math.max(index - 1, 0)];
    else if (event.key === 'Home') next = marks[0];
    else if (event.key === 'End') next = marks.at(-1);
    else if (event.key === 'Escape') {
      hide();
      return;
    }
    if (!next) return;
    event.preventDefault();
    next.focus();
  });
}
