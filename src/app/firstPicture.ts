/**
 * The picture of the graph that index.html carries from the build (scripts/vite-graph-page-plugin.tsx): on screen
 * at the first paint, before any script has run. It shows the graph's default view in English, so it stays only
 * on such an address (a `?node=` link included); the graph's own picture takes its place when the navigator is first
 * rendered (`dropFirstPicture`, from the loading screen), and the canvas takes that one's place once it has drawn.
 */

const ID = 'graph-first';

export const dropFirstPicture = () => document.getElementById(ID)?.remove();

/**
 * Keeps the picture if the address shows what it shows, and makes a click on a node select it instead of loading
 * the page again: the address gets the link's `node` at once, which the router reads when the navigator starts (or
 * at once, told by a `popstate`, if it has started). A click before this runs follows the link, which selects the
 * node too.
 */
export function adoptFirstPicture(basename: string) {
  const picture = document.getElementById(ID);
  if (!picture) return;
  const { pathname, search } = window.location;
  const keys = [...new URLSearchParams(search).keys()];
  if (pathname.replace(/\/$/, '') !== basename || keys.some((key) => key !== 'node')) {
    picture.remove();
    return;
  }
  picture.addEventListener('click', (event) => {
    const link = (event.target as Element).closest('a[href]');
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    window.history.pushState(null, '', link.getAttribute('href'));
    window.dispatchEvent(new PopStateEvent('popstate'));
  });
}
