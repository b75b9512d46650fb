import { useTranslation } from 'react-i18next';

/** How chips tell controls named by the upstream periodic table from those linked elsewhere. */
export function TableLegend() {
  const { t } = useTranslation();
  return (
    <ul className="table-legend" aria-label={t('graph.legend')}>
      <li>
        <span className="chip chip--sample" aria-hidden="true" /> {t('table.legendSolid')}
      </li>
      <li>
        <span className="chip chip--sample chip--elsewhere" aria-hidden="true" /> {t('table.legendDashed')}
      </li>
    </ul>
  );
}
