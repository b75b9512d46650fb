import type { Insets } from './viewport';

/**
 * The picture of the graph that index.html carries from the build (scripts/vite-graph-page-plugin.tsx): on screen
 * at the first paint, before any script has run. It shows the graph's default view in English, in light colours, so
 * it stays only on such an address (a `?node=` link included), over the loading screen. The graph view takes it
 * over, placed over its canvas, until the canvas has drawn (GraphView.tsx), or removes it when it draws another
 * picture (a filter changed meanwhile); the data error screen and the graph's error fallback remove it too.
 */

const ID = 'graph-first';

const element = () => document.getElementById(ID);

/** Whether the page's picture is there and shown (the stylesheet hides it on narrow screens and in dark colours). */
export function pagePictureShown(): boolean {
  const picture = element();
  return picture !== null && getComputedStyle(picture).display !== 'none';
}

export function dropPagePicture() {
  element()?.remove();
}

/**
 * The graph view takes the picture over: it covers the part of the canvas (`box`, in the viewport's pixels) that
 * the tools and a panel (`covered`) leave free, where its stylesheet fits it as `pictureViewport` fits the canvas.
 * False if it has gone.
 */
export function placePagePicture(box: DOMRect, covered: Insets): boolean {
  const picture = element();
  if (!picture) return false;
  Object.assign(picture.style, {
    left: `${box.left}px`,
    top: `${box.top}px`,
    width: `${box.width - covered.right}px`,
    height: `${box.height - covered.bottom}px`,
    right: 'auto',
    bottom: 'auto',
  });
  picture.style.setProperty('--graph-covered-right', '0px');
  picture.style.setProperty('--graph-covered-bottom', '0px');
  return true;
}

/**
 * Keeps the picture if the address shows what it shows, and makes a click on a node select it instead of loading
 * the page again: the address gets the link's `node` at once, which the router reads when the navigator starts (or
 * at once, told by a `popstate`, if it has started). A click before this runs follows the link, which selects the
 * node too.
 */
export function adoptPagePicture(basename: string) {
  const picture = element();
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
