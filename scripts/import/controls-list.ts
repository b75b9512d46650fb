import { goLinks } from './markdown';

export interface ListedLink {
  slug: string;
  /** A threat named by an enclosing bullet ("Controls for [data poisoning](…):"), when there is one. */
  context?: string;
}

const CONTROLS_HEADER = /^\s*\*\*Controls\b[^*]*\*\*/i;
const BULLET = /^(\s*)[-*]\s+(.*)$/;
const HEADING = /^#{1,6}\s/;

/**
 * Links in the "**Controls…**" lists of a threat section, each with the threat an enclosing bullet names.
 * `isThreat` tells which slugs are threats or threat groups.
 */
export function controlsListLinks(body: string[], isThreat: (slug: string) => boolean): ListedLink[] {
  const found: ListedLink[] = [];
  for (let i = 0; i < body.length; i++) {
    if (!CONTROLS_HEADER.test(body[i] ?? '')) continue;
    let inList = false;
    const contexts: { indent: number; slug: string }[] = [];
    for (let j = i + 1; j < body.length; j++) {
      const line = body[j] ?? '';
      if (HEADING.test(line) || CONTROLS_HEADER.test(line) || /^\s*\*\*[^*]+\*\*\s*$/.test(line)) break;
      const bullet = BULLET.exec(line);
      if (!bullet) {
        if (inList && line.trim() !== '' && !/^\s{2,}\S/.test(line)) break;
        continue;
      }
      inList = true;
      const indent = bullet[1]!.replace(/\t/g, '    ').length;
      while (contexts.length > 0 && contexts[contexts.length - 1]!.indent >= indent) contexts.pop();
      const links = goLinks(bullet[2]!);
      const threats = links.filter(isThreat);
      const others = links.filter((slug) => !isThreat(slug));
      const context = contexts[contexts.length - 1]?.slug;
      for (const slug of others) found.push(context ? { slug, context } : { slug });
      if (threats.length > 0 && others.length === 0) contexts.push({ indent, slug: threats[0]! });
    }
  }
  return found;
}
