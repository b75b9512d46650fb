import { parseOpenCreLink } from '../references';

/**
 * MITRE ATLAS techniques and mitigations and NIST AI 100-2 sections an AI Exchange item links to: in its OpenCRE
 * references block, its text and its "Useful standards" (the same links the data set keeps as references).
 */

export interface ReferenceMention {
  framework: 'atlas' | 'nist-ai-100-2';
  id: string;
  /** The name the link gives (NIST: the topic of the section the Exchange refers to). */
  title: string;
  /** 1-based line. */
  line: number;
}

const LINK = /\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g;
const ATLAS_URL = /atlas\.mitre\.org\/(?:techniques|mitigations)\/(AML\.[TM]\d{4}(?:\.\d{3})?)/;

export function referenceMentions(body: readonly string[], firstLine: number): ReferenceMention[] {
  return body.flatMap((line, index) =>
    [...line.matchAll(LINK)].flatMap(([, label, url]): ReferenceMention[] => {
      const atlas = ATLAS_URL.exec(url!)?.[1];
      if (atlas) return [{ framework: 'atlas', id: atlas, title: label!, line: firstLine + index }];
      if (!/^NIST AI 100-2:/i.test(label!)) return [];
      const reference = parseOpenCreLink(label!, url!);
      return reference?.id
        ? [{ framework: 'nist-ai-100-2', id: reference.id, title: reference.title, line: firstLine + index }]
        : [];
    }),
  );
}
