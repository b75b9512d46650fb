import { useTranslation } from 'react-i18next';

import type { ImpactBlock } from '../../model/periodicTable';
import type { NodeMarksState } from '../list/NodeMarks';

import { RowControls } from './RowControls';
import { ThreatCell } from './ThreatCell';

interface ThreatCardsProps {
  blocks: readonly ImpactBlock[];
  matches: ReadonlySet<string>;
  withControls: boolean;
  expandAll: boolean;
  marks: NodeMarksState;
  caption: string;
}

/**
 * The periodic table on a narrow screen, where three columns do not fit: a heading per asset and impact, one per
 * attack surface, and a card per threat with its controls under it, so every answer is in sight without scrolling
 * sideways. The same rows as the table, in the same order.
 */
export function ThreatCards({ blocks, matches, withControls, expandAll, marks, caption }: ThreatCardsProps) {
  const { t } = useTranslation();
  return (
    <div className="threat-cards">
      <p className="threat-cards__caption">{caption}</p>
      {blocks.map((block) => (
        // Expanding all groups starts the chips afresh in that state.
        <section key={`${block.impact}-${String(expandAll)}`} className="threat-cards__impact">
          <h3 className="threat-cards__impact-heading">
            <span className="ptable__impact-label">{t('table.columns.impact')}:</span>{' '}
            {t(`impact.${block.impact}`)}
          </h3>
          {block.surfaces.map((surface) => (
            <section key={surface.lifecycle}>
              <h4 className={`threat-cards__surface ptable__surface--${surface.lifecycle}`}>
                {t(`table.surfaces.${surface.lifecycle}`)}
              </h4>
              <ul className="threat-cards__list">
                {surface.rows.map((row) => (
                  <li
                    key={row.threat.id}
                    className={matches.has(row.threat.id) ? 'threat-card is-match' : 'threat-card'}
                    data-row-threat={row.threat.id}
                  >
                    <ThreatCell row={row} matches={matches} marks={marks} />
                    {withControls && (
                      <div className="threat-card__controls">
                        <p className="threat-card__label">{t('table.columns.controls')}</p>
                        <RowControls row={row} matches={matches} expandAll={expandAll} />
                      </div>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      ))}
    </div>
  );
}
