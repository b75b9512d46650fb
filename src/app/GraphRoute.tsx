import { useTranslation } from 'react-i18next';

import { GraphArea } from './GraphArea';
import { useViewContext } from './viewContext';

/** `/`: the graph. */
export function GraphRoute() {
  const { t } = useTranslation();
  const { dataset, visible, matches, graphCommands, graphInsets } = useViewContext();
  return (
    <main className="graph-column" aria-label={t('graph.label')}>
      <GraphArea
        dataset={dataset}
        visible={visible}
        matches={matches}
        commands={graphCommands}
        insets={graphInsets}
      />
    </main>
  );
}
