import { tableCells } from './found';

/**
 * The 2026 LLM Top 10 appendix mapping its items to OWASP AISVS 1.0 (LLMZZ_Appendix_AISVS_Mapping.md): the table
 * of AISVS chapters (`C1` … `C12` and their names) and the coverage matrix, one row per item, ● where a chapter is a
 * primary defence, ○ where it supports.
 */

export interface AisvsChapter {
  id: string;
  title: string;
  line: number;
}

export interface AisvsMark {
  /** `LLM01`. */
  risk: string;
  chapter: string;
  strength: 'primary' | 'supporting';
  line: number;
}

export interface AisvsMapping {
  version?: string;
  chapters: AisvsChapter[];
  marks: AisvsMark[];
}

export function parseAisvsMapping(markdown: string): AisvsMapping {
  const lines = markdown.split(/\r?\n/);
  const chapters: AisvsChapter[] = [];
  const marks: AisvsMark[] = [];
  let columns: string[] | null = null;
  lines.forEach((line, index) => {
    if (!line.trim().startsWith('|')) {
      if (line.trim() !== '') columns = null;
      return;
    }
    const row = tableCells(line);
    const chapter = /^\*\*(C\d+)\*\*$/.exec(row[0] ?? '');
    if (chapter && row.length === 2) {
      chapters.push({ id: chapter[1]!, title: row[1]!, line: index + 1 });
      return;
    }
    if (row[0] === 'Risk') {
      columns = row;
      return;
    }
    const risk = /^\*\*(LLM\d{2})\*\*/.exec(row[0] ?? '')?.[1];
    if (!columns || !risk) return;
    row.forEach((cell, column) => {
      const strength = cell === '●' ? 'primary' : cell === '○' ? 'supporting' : null;
      const chapterId = columns![column];
      if (strength && chapterId) marks.push({ risk, chapter: chapterId, strength, line: index + 1 });
    });
  });
  const version = /OWASP AISVS \*\*([\d.]+)\*\*/.exec(markdown)?.[1];
  return { ...(version ? { version } : {}), chapters, marks };
}
