/**
 * Behaviour of embedded charts. The host page learns the frame's height from a message
 * `{ type: 'sent-elsewhere:resize', height }` (README, "Embedding a chart"); the link back to the full page carries
 * the embed's URL state (?deal, ?from…) so a reader lands on the same view.
 */
export const RESIZE_MESSAGE = 'sent-elsewhere:resize';

export function reportHeight(win: Window): void {
  if (win.parent === win) return;
  let last = 0;
  const send = () => {
    const height = Math.ceil(win.document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    win.parent.postMessage({ type: RESIZE_MESSAGE, height }, '*');
  };
  new ResizeObserver(send).observe(win.document.documentElement);
  send();
}

export function keepStateInBackLink(doc: Document): void {
  const link = doc.querySelector<HTMLAnchorElement>('a[data-embed-back]');
  if (!link) return;
  const base = link.getAttribute('href') ?? '/';
  const update = () => {
    link.href = base + doc.location.search + doc.location.hash;
  };
  update();
  // Chart state changes rewrite the URL with history.replaceState/pushState; follow it.
  for (const method of ['pushState', 'replaceState'] as const) {
    const original = history[method].bind(history);
    history[method] = (...args: Parameters<History['pushState']>) => {
      original(...args);
      update();
    };
  }
  addEventListener('popstate', update);
}
