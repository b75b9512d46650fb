/**
 * Addresses the router cannot take, made into ones it can before it sees them. A path that starts with two
 * slashes (`//?x=1`, `///`, or `/\?x=1`, which the browser reads as `//?x=1`) reads as an address on another host
 * (`//host/…`) once the router writes a new query to it, and the router throws; any run of slashes inside a path
 * is one slash to the app, so runs become one slash. The query and the fragment are kept as they are.
 */
export function tidyPath(pathname: string): string {
  const tidy = pathname.replace(/[/\\]{2,}/g, '/');
  return tidy.startsWith('/') ? tidy : `/${tidy}`;
}

/** Puts the tidy path in the address bar (in place of the entry, so Back still leaves the app). */
export function tidyAddress(location: Location = window.location, history: History = window.history) {
  const path = tidyPath(location.pathname);
  if (path === location.pathname) return;
  history.replaceState(history.state, '', `${path}${location.search}${location.hash}`);
}
