import type { Reference } from '../../src/model/schema';
import type { ReferenceScheme } from '../../src/model/vocabulary';

const LINK = /\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g;

const SOURCES: [RegExp, ReferenceScheme][] = [
  [/^OpenCRE$/i, 'opencre'],
  [/^MITRE ATLAS$/i, 'mitre-atlas'],
  [/^NIST AI 100-2$/i, 'nist-ai-100-2'],
  [/^ENISA$/i, 'enisa'],
  [/^ETSI$/i, 'etsi'],
  [/^BIML$/i, 'biml'],
  [/^OWASP Top10 for ML$/i, 'owasp-ml-top10'],
  [/^OWASP Top10 for LLM$/i, 'owasp-llm-top10'],
];

/** The lines between the OpenCRE markers of a section, or [] when it has none. */
export function openCreBlock(body: string[]): string[] {
  const start = body.findIndex((line) => line.includes('OPENCRE_SECTION_CRE_START'));
  if (start < 0) return [];
  const end = body.findIndex((line, index) => index > start && line.includes('OPENCRE_SECTION_CRE_END'));
  return body.slice(start + 1, end < 0 ? undefined : end);
}

/**
 * One reference from a link label of an OpenCRE block: `SOURCE: sec. ID: TITLE` or `OpenCRE: TITLE`.
 * Identifiers may hold colons themselves (`BIML-78(2020): input:1`), so the title is the last part.
 */
export function parseOpenCreLink(label: string, url: string): Reference | null {
  const colon = label.indexOf(': ');
  if (colon < 0) return null;
  const source = label.slice(0, colon).trim();
  const rest = label.slice(colon + 2).trim();
  const scheme = SOURCES.find(([pattern]) => pattern.test(source))?.[1];
  if (!scheme) return null;
  if (scheme === 'opencre') {
    const id = /\/cre\/(\d{3}-\d{3})/.exec(url)?.[1];
    return { scheme, ...(id ? { id } : {}), title: rest, url, basis: 'opencre' };
  }
  const section = rest.replace(/^sec\.\s*/, '');
  const colon2 = section.indexOf(': ');
  const rawId = (colon2 < 0 ? '' : section.slice(0, colon2)).replace(/:+$/, '').trim();
  const title = (colon2 < 0 ? section : section.slice(colon2 + 2)).replace(/^:+\s*/, '').trim();
  const top10 = /^(ML|LLM)(\d{2}):(\d{4})$/.exec(rawId);
  if (top10) {
    return { scheme, id: `${top10[1]}${top10[2]}`, edition: top10[3]!, title, url, basis: 'opencre' };
  }
  return { scheme, ...(rawId ? { id: rawId } : {}), title, url, basis: 'opencre' };
}

export function openCreReferences(body: string[]): Reference[] {
  return openCreBlock(body).flatMap((line) =>
    [...line.matchAll(LINK)]
      .map(([, label, url]) => parseOpenCreLink(label!, url!))
      .filter((ref) => ref !== null),
  );
}

const ATLAS_URL = /atlas\.mitre\.org\/(?:techniques|mitigations)\/(AML\.[TM]\d{4}(?:\.\d{3})?)/;

/** Links to MITRE ATLAS in the text of a section, outside its OpenCRE block. */
export function atlasMentions(body: string[]): Reference[] {
  const block = new Set(openCreBlock(body));
  return body
    .filter((line) => !block.has(line))
    .flatMap((line) => [...line.matchAll(LINK)])
    .flatMap(([, label, url]) => {
      const id = ATLAS_URL.exec(url!)?.[1];
      if (!id) return [];
      const title = label!
        .replace(/^MITRE\s+ATLAS\s*[-:]?\s*/i, '')
        .replace(new RegExp(`^${id.replace(/\./g, '\\.')}\\s*[-:]?\\s*`), '')
        .trim();
      return [
        { scheme: 'mitre-atlas' as const, id, title: title || id, url: url!, basis: 'section-text' as const },
      ];
    });
}

function standardScheme(text: string): ReferenceScheme {
  if (/\bISO\b/.test(text)) return 'iso-iec';
  if (/\bNIST\b/.test(text)) return 'nist';
  if (/\bENISA\b/.test(text)) return 'enisa';
  if (/\bETSI\b/.test(text)) return 'etsi';
  if (/OpenCRE/i.test(text)) return 'opencre';
  return 'other';
}

/** Short name of a standard from a "Useful standards" bullet: the text before its gap analysis. */
function standardTitle(text: string): string {
  return (
    text
      .replace(LINK, '$1')
      .replace(/\.?\s*Gap:.*$/i, '')
      // The first sentence names the document; what follows discusses it.
      .replace(/(\S{3,})\.\s+[A-Z].*$/, '$1')
      .replace(/\s*[-–]\s*as mentioned above\.?$/i, '')
      .replace(/^(?:See|also)\s+/i, '')
      // Upstream writes "ISO/iEC" once; the standard's name is ISO/IEC.
      .replace(/\bISO\/iEC\b/g, 'ISO/IEC')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Bodies that publish standards and similar reference documents, by the names the Exchange uses. */
const PUBLISHER = /\b(?:ISO|IEC|NIST|ENISA|ETSI|CEN|CENELEC|CLC|IEEE|OWASP|OpenCRE|MITRE)\b/;

/**
 * A "Useful standards" bullet as a reference, or null for prose: a bullet saying that nothing covers the control, or
 * one that names neither a publisher nor a linked document ("See the 'How' section above…").
 */
function standardReference(text: string): Reference | null {
  // Gap statements: "Not covered yet…", "There is no ISO 27002 control for this", "…does not cover…".
  if (/\b(?:not|no)\b[^.]*\b(?:covered|cover|control for this)\b|has no control|^many more\b/i.test(text))
    return null;
  const link = /\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/.exec(text);
  const url = link?.[2];
  const atlasId = url ? ATLAS_URL.exec(url)?.[1] : undefined;
  if (atlasId && link) {
    const title = link[1]!.replace(/^MITRE\s+ATLAS\s*[-:]?\s*/i, '').trim() || atlasId;
    return { scheme: 'mitre-atlas', id: atlasId, title, url: url!, basis: 'useful-standards' };
  }
  const title = standardTitle(text);
  if (!title || title.toLowerCase() === 'idem') return null;
  if (!url && !PUBLISHER.test(title)) return null;
  const scheme = standardScheme(text);
  const opencreId = scheme === 'opencre' && url ? /\/cre\/(\d{3}-\d{3})/.exec(url)?.[1] : undefined;
  return {
    scheme,
    ...(opencreId ? { id: opencreId } : {}),
    title: opencreId && /^opencre\.?\s*(idem)?$/i.test(title) ? 'OpenCRE' : title,
    ...(url ? { url } : {}),
    basis: 'useful-standards',
  };
}

const indentOf = (line: string) => /^\s*/.exec(line)![0].replace(/\t/g, '    ').length;

/**
 * The references of a control's "Useful standards include:" lists: a control may have several, one per part of
 * its "how". A list is the bullets after the line, from the level of its first bullet down; a bullet with bullets
 * below it introduces them ("Many ISO 27002 controls cover operational security:") and is not one itself. A line
 * less indented than the list ends it.
 */
export function usefulStandards(body: string[]): Reference[] {
  const refs: Reference[] = [];
  body.forEach((line, start) => {
    if (!/^\s*Useful standards include/i.test(line)) return;
    let level: number | null = null;
    for (let i = start + 1; i < body.length; i++) {
      const next = body[i] ?? '';
      if (next.trim() === '') {
        if (level !== null && !/^\s*-\s/.test(body[i + 1] ?? '')) break;
        continue;
      }
      const bullet = /^\s*-\s+(.*)$/.exec(next);
      const indent = indentOf(next);
      if (level === null) {
        if (!bullet || indent < indentOf(line)) break;
        level = indent;
      }
      if (indent < level || (!bullet && indent === level)) break;
      const following = body.slice(i + 1).find((later) => later.trim() !== '') ?? '';
      if (!bullet || (/^\s*-\s/.test(following) && indentOf(following) > indent)) continue;
      const ref = standardReference(bullet[1]!.trim());
      if (ref) refs.push(ref);
    }
  });
  return refs;
}
