interface FiltersRailProps {
  label: string;
  count: number;
  onOpen(): void;
  /** Of the button, so the focus can come back to it when the column folds. */
  id?: string;
}

/** What stands for the folded filter column beside the graph: one button that opens it, with the active count. */
export function FiltersRail({ label, count, onOpen, id }: FiltersRailProps) {
  return (
    <div className="filters-rail">
      <button type="button" id={id} className="filters-rail__open" onClick={onOpen} aria-expanded={false}>
        <span aria-hidden="true">» </span>
        {label}
        {count > 0 && <span className="filters-rail__count"> ({count})</span>}
      </button>
    </div>
  );
}
