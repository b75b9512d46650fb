import { useTranslation } from 'react-i18next';

import type { ImpactBlock } from '../../model/periodicTable';
import type { NodeMarksState } from '../list/NodeMarks';

import { RowControls } from './RowControls';
import { ThreatCell } from './ThreatCell';

interface ImpactRowsProps {
  idPrefix: string;
  block: ImpactBlock;
  matches: ReadonlySet<string>;
  withControls: boolean;
  expandAll: boolean;
  marks: NodeMarksState;
}

/**
 * One asset & impact: a row group opened by a header row across the table (a column of its own would leave the
 * controls too little width beside the filters and the details), then a row per threat, the attack surface
 * spanning its threats. Every cell names its headers (`headers`), since the row headers are two levels deep.
 */
export function ImpactRows({ idPrefix, block, matches, withControls, expandAll, marks }: ImpactRowsProps) {
  const { t } = useTranslation();
  const impactId = `${idPrefix}-${block.impact}`;
  return (
    <tbody className="ptable__impact">
      <tr className="ptable__impact-row">
        <th scope="rowgroup" colSpan={withControls ? 3 : 2} id={impactId}>
          <span className="ptable__impact-label">{t('table.columns.impact')}:</span>{' '}
          {t(`impact.${block.impact}`)}
        </th>
      </tr>
      {block.surfaces.flatMap((surface) => {
        const surfaceId = `${impactId}-${surface.lifecycle}`;
        return surface.rows.map((row, rowIndex) => {
          const threatId = `${surfaceId}-${row.threat.id}`;
          return (
            <tr
              key={row.threat.id}
              className={matches.has(row.threat.id) ? 'is-match' : undefined}
              data-row-threat={row.threat.id}
            >
              {rowIndex === 0 && (
                <th
                  scope="row"
                  rowSpan={surface.rows.length}
                  id={surfaceId}
                  headers={`${idPrefix}-col-surface ${impactId}`}
                  className={`ptable__surface ptable__surface--${surface.lifecycle}`}
                >
                  {t(`table.surfaces.${surface.lifecycle}`)}
                </th>
              )}
              <th
                scope="row"
                id={threatId}
                headers={`${idPrefix}-col-threat ${impactId} ${surfaceId}`}
                className="ptable__threat"
              >
                <ThreatCell row={row} matches={matches} marks={marks} />
              </th>
              {withControls && (
                <td headers={`${idPrefix}-col-controls ${impactId} ${surfaceId} ${threatId}`}>
                  <RowControls row={row} matches={matches} expandAll={expandAll} />
                </td>
              )}
            </tr>
          );
        });
      })}
    </tbody>
  );
}
