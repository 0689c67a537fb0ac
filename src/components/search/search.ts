/**
 * The search page's behaviour: queries the static Pagefind index as the reader types, keeps the query in the URL
 * (?q=) so a search can be shared and Back works, and lets the keyboard move between the box and the results.
 */
import { formatMessage } from '../../lib/messages.ts';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string; kind?: string };
  sub_results: PagefindSubResult[];
}
interface Pagefind {
  options(options: { bundlePath: string }): Promise<void>;
  debouncedSearch(
    query: string,
    options?: object,
    ms?: number,
  ): Promise<{ results: { data(): Promise<PagefindData> }[] } | null>;
}

const MAX_RESULTS = 20;
const MAX_SUB_RESULTS = 3;

let pagefind: Promise<Pagefind> | undefined;
const loadPagefind = () =>
  (pagefind ??= import('/pagefind/pagefind.js').then(async (module: Pagefind) => {
    await module.options({ bundlePath: '/pagefind/' });
    return module;
  }));

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const decode = (text: string) => text.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);

/** Pagefind excerpts are our own text, HTML-escaped by Pagefind, with <mark> around matches: keep only those. */
function excerptNode(html: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const parts = html.split(/(<mark>|<\/mark>)/);
  let marked = false;
  for (const part of parts) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) {
      const text = document.createTextNode(decode(part));
      if (marked) {
        const mark = document.createElement('mark');
        mark.append(text);
        fragment.append(mark);
      } else fragment.append(text);
    }
  }
  return fragment;
}

function resultItem(data: PagefindData): HTMLLIElement {
  const item = document.createElement('li');
  const kind = document.createElement('p');
  kind.className = 'kind';
  kind.textContent = data.meta.kind ?? '';
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  const heading = document.createElement('h2');
  heading.append(link);
  const excerpt = document.createElement('p');
  excerpt.append(excerptNode(data.excerpt));
  item.append(kind, heading, excerpt);
  const subs = data.sub_results.filter((sub) => sub.url.includes('#')).slice(0, MAX_SUB_RESULTS);
  if (subs.length > 0) {
    const list = document.createElement('ul');
    for (const sub of subs) {
      const subItem = document.createElement('li');
      const subLink = document.createElement('a');
      subLink.href = sub.url;
      subLink.textContent = sub.title;
      const subExcerpt = document.createElement('span');
      subExcerpt.append(' — ', excerptNode(sub.excerpt));
      subItem.append(subLink, subExcerpt);
      list.append(subItem);
    }
    item.append(list);
  }
  return item;
}

export function enhanceSearch(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[type="search"]');
  const status = document.querySelector<HTMLElement>('#search-status');
  const results = document.querySelector<HTMLOListElement>('#search-results');
  if (!input || !status || !results) return;
  const messages = {
    searching: form.dataset['searching'] ?? '',
    none: form.dataset['none'] ?? '',
    count: form.dataset['count'] ?? '',
    failed: form.dataset['failed'] ?? '',
  };

  const run = async (query: string) => {
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    if (!query.trim()) {
      results.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = messages.searching;
    try {
      const search = await (await loadPagefind()).debouncedSearch(query, {}, 150);
      if (!search) return; // a newer keystroke superseded this search
      const found = await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()));
      results.replaceChildren(...found.map(resultItem));
      status.textContent =
        search.results.length === 0
          ? messages.none
          : formatMessage(document.documentElement.lang, messages.count, { n: search.results.length });
    } catch {
      status.textContent = messages.failed;
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(input.value);
    results.querySelector('a')?.focus();
  });
  input.addEventListener('input', () => void run(input.value));

  // Arrow keys move between the search box and the result links; Escape returns to the box.
  const links = () => [...results.querySelectorAll<HTMLAnchorElement>('a')];
  form.parentElement?.addEventListener('keydown', (event) => {
    const all = links();
    const index = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' && (document.activeElement === input || index >= 0)) {
      event.preventDefault();
      all[Math.min(index + 1, all.length - 1)]?.focus();
    } else if (event.key === 'ArrowUp' && index >= 0) {
      event.preventDefault();
      if (index === 0) input.focus();
      else all[index - 1]?.focus();
    } else if (event.key === 'Escape' && index >= 0) {
      input.focus();
    }
  });

  // A query from a shared link, or one typed before this script had loaded (the box works from the first paint).
  const initial = input.value || new URL(location.href).searchParams.get('q');
  if (initial) {
    input.value = initial;
    if (document.activeElement === input) void loadPagefind();
    void run(initial);
  }
  input.addEventListener('focus', () => void loadPagefind(), { once: true });
}
