/**
 * Browser only: the one view state shared by the map and the timeline, mirrored in the URL. Charts read it with
 * `viewState.subscribe` and change it with `updateViewState`; Back and Forward restore earlier states.
 */
import { atom } from 'nanostores';
import { parseViewState, serializeViewState, type ViewState } from '../../lib/view-state.ts';

export const viewState = atom<ViewState>(parseViewState(window.location.search));

/**
 * Merges `patch` into the state (an `undefined` value removes a key) and records it in the URL. Selections push
 * a history entry so Back undoes them; continuous controls such as the "as of" slider replace the current one.
 */
export function updateViewState(
  patch: Partial<Record<keyof ViewState, unknown>>,
  mode: 'push' | 'replace' = 'push',
): void {
  const merged = new Map<string, unknown>(Object.entries(viewState.get()));
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined || value === '') merged.delete(key);
    else merged.set(key, value);
  }
  // Serialising then parsing drops anything malformed, exactly as a shared URL would.
  const normalized = parseViewState(serializeViewState(Object.fromEntries(merged)));
  const search = serializeViewState(normalized);
  if (search === serializeViewState(viewState.get())) return;
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
  viewState.set(normalized);
}

window.addEventListener('popstate', () => {
  viewState.set(parseViewState(window.location.search));
});
