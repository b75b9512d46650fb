/** What the importer could not place: data:check fails when there are errors. */
export interface ImportReport {
  errors: string[];
  notes: string[];
}

export function emptyReport(): ImportReport {
  return { errors: [], notes: [] };
}
