/**
 * Browser only: the interaction every chart mark shares. Hover or focus shows its card; focus makes it the tab
 * stop; Enter (a click with no pointer, detail 0) follows its link; the first pointer click selects it instead
 * (shared with the other charts and the URL), and a click on the selected mark follows the link.
 */
export interface MarkBehaviour {
  show: (mark: SVGAElement) => void;
  hide: () => void;
  setTabStop: (mark: SVGAElement) => void;
  isSelected: (mark: SVGAElement) => boolean;
  select: (mark: SVGAElement) => void;
}

export function bindMarks(marks: readonly SVGAElement[], behaviour: MarkBehaviour): void {
  for (const mark of marks) {
    mark.addEventListener('pointerenter', () => {
      behaviour.show(mark);
    });
    mark.addEventListener('pointerleave', behaviour.hide);
    mark.addEventListener('focus', () => {
      behaviour.setTabStop(mark);
      behaviour.show(mark);
    });
    mark.addEventListener('blur', behaviour.hide);
    mark.addEventListener('click', (event) => {
      if (event.detail === 0 || behaviour.isSelected(mark)) return;
      event.preventDefault();
      behaviour.select(mark);
    });
  }
}
