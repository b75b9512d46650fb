/** What stands for the folded filter column beside the graph: one button that opens it, with the active count. */
export function FiltersRail({ label, count, onOpen }: { label: string; count: number; onOpen(): void }) {
  return (
    <div className="filters-rail">
      <button type="button" className="filters-rail__open" onClick={onOpen} aria-expanded={false}>
        <span aria-hidden="true">» </span>
        {label}
        {count > 0 && <span className="filters-rail__count"> ({count})</span>}
      </button>
    </div>
  );
}
