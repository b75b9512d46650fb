import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ControlChip as Chip } from '../../model/controlChips';
import { statusOf } from '../../model/layers/annotations';
import { selectActiveLayer } from '../../state/layerStore';
import { useViewStore } from '../../state/viewStore';
import { KindMarker } from '../common/KindMarker';
import { useNodeTitle } from '../common/useNodeTitle';
import { useLayers } from '../layers/layerStoreContext';
import { StatusBadge } from '../layers/StatusBadge';

import { MatchMark } from './MatchMark';

interface ChipListProps {
  chips: readonly (Chip & { inPeriodicTable?: boolean })[];
  matches: ReadonlySet<string>;
  /** Whether group chips start expanded. */
  expanded?: boolean;
}

/** Controls as chips that select them, with their status while a layer is active; a group chip can be expanded. */
export function ControlChipList({ chips, matches, expanded = false }: ChipListProps) {
  return (
    <ul className="chip-list">
      {chips.map((chip) => (
        <ControlChip key={chip.node.id} chip={chip} matches={matches} expanded={expanded} />
      ))}
    </ul>
  );
}

interface ChipProps {
  chip: Chip & { inPeriodicTable?: boolean };
  matches: ReadonlySet<string>;
  expanded: boolean;
}

function ControlChip({ chip, matches, expanded }: ChipProps) {
  const { t } = useTranslation();
  const title = useNodeTitle();
  const membersId = useId();
  const [open, setOpen] = useState(expanded);
  const select = useViewStore((state) => state.select);
  const selected = useViewStore((state) => state.view.node === chip.node.id);
  const layer = useLayers(selectActiveLayer);
  const { node, members } = chip;
  const elsewhere = chip.inPeriodicTable === false;
  const match = matches.has(node.id);
  const classes = [
    'chip',
    `chip--${node.kind}`,
    elsewhere ? 'chip--elsewhere' : '',
    match ? 'is-match' : '',
    members.length > 0 ? 'chip--group' : '',
  ];

  return (
    <li className={open && members.length > 0 ? 'chip-item chip-item--open' : 'chip-item'}>
      <span className={classes.filter(Boolean).join(' ')}>
        <button
          type="button"
          className="chip__select"
          data-node-id={node.id}
          aria-current={selected ? 'true' : undefined}
          onClick={() => select(node.id)}
        >
          <KindMarker node={node} />
          <span className="chip__title">{title(node)}</span>
          {elsewhere && <span className="visually-hidden"> ({t('table.notInPeriodicTable')})</span>}
          {match && <MatchMark />}
        </button>
        {/* While a layer is active, a control's status, as the list shows it. */}
        {layer && node.kind === 'control' && <StatusBadge status={statusOf(layer, node.id)} />}
        {members.length > 0 && (
          <button
            type="button"
            className="chip__toggle"
            aria-expanded={open}
            aria-controls={membersId}
            aria-label={t('catalogue.showMembers', { count: members.length, group: title(node) })}
            onClick={() => setOpen(!open)}
          >
            <span aria-hidden="true">{open ? '−' : '+'}</span> {members.length}
          </button>
        )}
      </span>
      {members.length > 0 && (
        <div id={membersId} className="chip-members" hidden={!open}>
          {open && <ControlChipList chips={members} matches={matches} expanded={expanded} />}
        </div>
      )}
    </li>
  );
}
