import type { CoreDataset } from './schema';

type Source = CoreDataset['upstream'][number];

/** What a source gives the data set: its name and the editions taken from it (`OWASP Top 10 for LLM Applications 2026, 2025`). */
export function sourceTitle(source: Source): string {
  return source.editions ? `${source.name} ${source.editions.join(', ')}` : source.name;
}

/**
 * One line per upstream source, for exports that must say which data they were made from: title, repository,
 * commit, commit date and licence.
 */
export function sourceLines(upstream: readonly Source[]): string[] {
  return upstream.map(
    (source) =>
      `${sourceTitle(source)} · ${source.repository.replace(/^https:\/\//, '')} @ ${source.commit.slice(0, 7)} (${source.date}) · ${source.licence}`,
  );
}
