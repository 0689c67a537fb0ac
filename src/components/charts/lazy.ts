/**
 * Browser only: how every chart becomes interactive. A custom element for the chart's markup, whose enhancement
 * module is imported only when the element comes within a screen's height of the viewport.
 */

/** Runs `start` once, when the element comes within a screen's height of the viewport (or at once without IO). */
function whenNearViewport(element: Element, start: () => Promise<void>): void {
  const run = () => {
    start().catch((error: unknown) => {
      console.error('Could not enhance the chart', error);
    });
  };
  if (!('IntersectionObserver' in window)) {
    run();
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        observer.disconnect();
        run();
      }
    },
    { rootMargin: '100% 0px' },
  );
  observer.observe(element);
}

/** Defines `<tag>` so that each instance loads and runs `enhance` (from `load()`) when it nears the viewport. */
export function defineLazyChart(tag: string, load: () => Promise<(root: HTMLElement) => void>): void {
  if (customElements.get(tag)) return;
  customElements.define(
    tag,
    class extends HTMLElement {
      connectedCallback() {
        whenNearViewport(this, async () => {
          (await load())(this);
        });
      }
    },
  );
}
