/**
 * Browser only: puts a floating card (map tooltip, timeline event card) above the mark it describes, or below when
 * there is no room, always inside the container it is positioned in.
 */
export function placeCard(card: HTMLElement, mark: Element, container: Element, gap = 8): void {
  const frame = container.getBoundingClientRect();
  const box = mark.getBoundingClientRect();
  const width = card.offsetWidth;
  const height = card.offsetHeight;
  let left = box.left - frame.left + box.width / 2 - width / 2;
  let top = box.top - frame.top - height - gap;
  if (top < 0) top = box.bottom - frame.top + gap;
  left = Math.max(4, Math.min(left, frame.width - width - 4));
  top = Math.max(0, Math.min(top, Math.max(frame.height - height - 4, 0)));
  // CSSOM assignments, not a style attribute: allowed by the page's Content-Security-Policy.
  card.style.left = `${left}px`;
  card.style.top = `${top}px`;
}
