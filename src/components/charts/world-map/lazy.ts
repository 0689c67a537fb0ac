/** Runs `start` once, when the element comes within a screen's height of the viewport (or at once without IO). */
export function whenNearViewport(element: Element, start: () => Promise<void>): void {
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
