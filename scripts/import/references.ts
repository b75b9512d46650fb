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
        .replace(/^MITRE ATLAS\s*[-:]\s*/i, '')
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
  return text
    .replace(LINK, '$1')
    .replace(/\.?\s*Gap:.*$/i, '')
    .replace(/^See\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The bullets of a control's "Useful standards include:" list, as references. */
export function usefulStandards(body: string[]): Reference[] {
  const start = body.findIndex((line) => /^\s*Useful standards include/i.test(line));
  if (start < 0) return [];
  const refs: Reference[] = [];
  for (let i = start + 1; i < body.length; i++) {
    const line = body[i] ?? '';
    if (line.trim() === '') {
      if (refs.length > 0 && !/^\s*-/.test(body[i + 1] ?? '')) break;
      continue;
    }
    const bullet = /^\s*-\s+(.*)$/.exec(line);
    if (!bullet) break;
    const text = bullet[1]!.trim();
    if (/not covered yet|has no control/i.test(text)) continue;
    const url = /\((https?:\/\/[^)\s]+)\)/.exec(text)?.[1];
    const scheme = standardScheme(text);
    const opencreId = scheme === 'opencre' && url ? /\/cre\/(\d{3}-\d{3})/.exec(url)?.[1] : undefined;
    const title = standardTitle(text);
    if (!title || title.toLowerCase() === 'idem') continue;
    refs.push({
      scheme,
      ...(opencreId ? { id: opencreId } : {}),
      title: opencreId && /^opencre\.?\s*(idem)?$/i.test(title) ? 'OpenCRE' : title,
      ...(url ? { url } : {}),
      basis: 'useful-standards',
    });
  }
  return refs;
}
