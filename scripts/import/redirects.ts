/**
 * Renamed slugs from the AI Exchange site's redirect file (firebase.json): every `/go/<slug>/` the site answers
 * leads to a page and heading. A slug the documents no longer define is an old name of the item whose own
 * `/go/` link leads to the same place, or whose heading is that place.
 */

export interface Redirect {
  slug: string;
  /** `/docs/<page>/#<anchor>`, `/docs/<page>/`, or an address elsewhere. */
  destination: string;
}

const GO_SOURCE = /^\/go\/([A-Za-z0-9_-]+)\/?$/;
const HEADING = /^#{1,6}\s+(.*?)\s*$/;
const PERMALINK = /^\s*>\s*Permalink:\s*https?:\/\/owaspai\.org\/go\/([A-Za-z0-9_-]+)\/?\s*$/i;

/** The `/go/<slug>/` redirects of a firebase.json, in file order. */
export function parseRedirects(json: string): Redirect[] {
  const config = JSON.parse(json) as {
    hosting?: { redirects?: { source?: unknown; destination?: unknown }[] };
  };
  return (config.hosting?.redirects ?? []).flatMap(({ source, destination }) => {
    const slug = typeof source === 'string' ? GO_SOURCE.exec(source)?.[1]?.toLowerCase() : undefined;
    return slug && typeof destination === 'string' ? [{ slug, destination: normalize(destination) }] : [];
  });
}

/** A heading's anchor as the site generates it: lower case, spaces to hyphens, other punctuation dropped. */
export function headingAnchor(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/\s/g, '-')
    .replace(/[^\p{L}\p{N}_-]/gu, '');
}

function normalize(destination: string): string {
  return destination.replace(/\/?(#|$)/, '/$1');
}

/** Where each permalink of a document lands on the site: `/docs/<page>/#<anchor of its heading>`. */
export function permalinkPlaces(file: string, markdown: string): Map<string, string> {
  const page = `/docs/${file.replace(/\.md$/, '')}/`;
  const lines = markdown.split(/\r?\n/);
  const places = new Map<string, string>();
  lines.forEach((line, index) => {
    const slug = PERMALINK.exec(line)?.[1]?.toLowerCase();
    if (!slug) return;
    let heading: string | undefined;
    for (let i = index - 1; i >= Math.max(0, index - 4) && heading === undefined; i--) {
      heading = HEADING.exec(lines[i] ?? '')?.[1];
    }
    places.set(slug, heading === undefined ? page : `${page}#${headingAnchor(heading)}`);
  });
  return places;
}

export interface RenamedSlugs {
  /** Old slug → the slug defined now. */
  renamed: Record<string, string>;
  /** Old slugs whose destination no defined slug shares (a page outside the documents, or a typo upstream). */
  unresolved: string[];
}

/**
 * A numbered heading's anchor starts with its number (`212-…`), unique on its page: a destination whose words have
 * changed or were misspelt (`#212-percect-knowledge-evasion`) still names the heading of that number.
 */
function bySectionNumber(
  destination: string,
  byDestination: ReadonlyMap<string, string>,
): string | undefined {
  const match = /^(\/docs\/[^#]+#)(\d+-)/.exec(destination);
  if (!match) return undefined;
  const found = [...byDestination].filter(([place]) => place.startsWith(`${match[1]}${match[2]}`));
  return found.length === 1 ? found[0]![1] : undefined;
}

/**
 * Old slug → current slug, for every redirect whose slug the documents (`docs`, by file name) no longer define:
 * the defined slug with a redirect to the same destination, or else the one whose heading is that destination (or
 * has that section number).
 */
export function renamedSlugs(redirects: readonly Redirect[], docs: Record<string, string>): RenamedSlugs {
  const places = new Map<string, string>();
  for (const [file, markdown] of Object.entries(docs)) {
    for (const [slug, place] of permalinkPlaces(file, markdown)) places.set(slug, place);
  }
  const byDestination = new Map<string, string>();
  for (const { slug, destination } of redirects) {
    if (places.has(slug) && !byDestination.has(destination)) byDestination.set(destination, slug);
  }
  for (const [slug, place] of places) if (!byDestination.has(place)) byDestination.set(place, slug);

  const renamed: Record<string, string> = {};
  const unresolved: string[] = [];
  for (const { slug, destination } of redirects) {
    if (places.has(slug) || slug in renamed) continue;
    const current = byDestination.get(destination) ?? bySectionNumber(destination, byDestination);
    if (current) renamed[slug] = current;
    else if (!unresolved.includes(slug)) unresolved.push(slug);
  }
  return { renamed, unresolved };
}
