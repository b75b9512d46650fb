import { parseLanguage } from '../model/url';

/**
 * Framing by another site (clickjacking): a page on another origin could show the app in a frame, hidden or
 * disguised, with its buttons live (Delete, Replace). Hosts that send `frame-ancestors` / `X-Frame-Options`
 * (docs/deploy.md, public/_headers) stop that in the browser; for hosts that send no header (GitHub Pages), this
 * check runs before the app: framed by another origin, the page shows only a notice with a link that opens the
 * app in its own tab. Framed by its own origin, the app runs as usual.
 */

/** Whether this page, or any frame around it, belongs to another origin than the page itself. */
export function framedByAnotherOrigin(win: Window = window): boolean {
  let top: Window | null;
  try {
    top = win.top;
  } catch {
    return true;
  }
  if (top === null || top === win.self) return false;
  const own = win.location.origin;
  // Chromium and Safari list every ancestor's origin; elsewhere the top frame's origin is all that can be read.
  const ancestors = win.location.ancestorOrigins as DOMStringList | undefined;
  if (ancestors) {
    for (let i = 0; i < ancestors.length; i++) if (ancestors.item(i) !== own) return true;
  }
  try {
    // Reading another origin's location throws; an opaque (sandboxed) frame has the origin "null".
    return top.location.origin !== own || own === 'null';
  } catch {
    return true;
  }
}

const STRINGS = {
  en: {
    title: 'AI Security Navigator',
    heading: 'The AI Security Navigator is shown inside another site',
    body: 'To keep your saved annotation layers safe, the navigator does not run inside another site’s page.',
    link: 'Open the AI Security Navigator in its own tab',
  },
  ja: {
    title: 'AI Security Navigator',
    heading: 'AI Security Navigator が別のサイトの中に表示されています',
    body: '保存した注釈レイヤーを守るため、ナビゲーターは別のサイトのページの中では動作しません。',
    link: 'AI Security Navigator を新しいタブで開く',
  },
} as const;

/** Puts the notice in `root` in place of the app: plain elements, no script of the app runs after it. */
export function showFramedNotice(root: HTMLElement, win: Window = window) {
  const doc = root.ownerDocument;
  const lang = parseLanguage(win.location.search);
  const text = STRINGS[lang];
  doc.documentElement.lang = lang;
  doc.title = text.title;
  const main = doc.createElement('main');
  main.className = 'screen';
  main.dataset.testid = 'framed-notice';
  const heading = doc.createElement('h1');
  heading.textContent = text.heading;
  const body = doc.createElement('p');
  body.textContent = text.body;
  const link = doc.createElement('a');
  link.href = win.location.href;
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  link.textContent = text.link;
  const linkLine = doc.createElement('p');
  linkLine.append(link);
  main.append(heading, body, linkLine);
  root.replaceChildren(main);
}
