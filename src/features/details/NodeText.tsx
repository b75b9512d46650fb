import { useTranslation } from 'react-i18next';

import { useDataStore } from '../../state/dataStore';
import { useViewStore } from '../../state/viewStore';

import { ReferenceList } from './ReferenceList';

/**
 * Summary and references of a node: they come with the details file, after the rest of the panel. Until they
 * are there the panel says so; if they cannot be fetched it says that, with a button to try again.
 */
export function NodeSummary({ nodeId }: { nodeId: string }) {
  const { t } = useTranslation();
  const lang = useViewStore((state) => state.view.lang);
  const details = useDataStore((state) => state.details);
  const loadDetails = useDataStore((state) => state.loadDetails);
  if (details.status === 'ready') {
    const text = details.byId.get(nodeId);
    return text ? <p className="node-details__summary">{text.summary[lang]}</p> : null;
  }
  if (details.status === 'error') {
    return (
      <p className="node-details__summary node-details__summary--failed" role="alert">
        {t('details.detailsFailed')}{' '}
        <button type="button" className="button" onClick={() => void loadDetails()}>
          {t('details.detailsRetry')}
        </button>
      </p>
    );
  }
  return (
    <p className="node-details__summary hint" role="status">
      {t('details.detailsLoading')}
    </p>
  );
}

/** The references of a node, once the details file is there (the summary line speaks for both until then). */
export function NodeReferences({ nodeId }: { nodeId: string }) {
  const details = useDataStore((state) => state.details);
  const text = details.status === 'ready' ? details.byId.get(nodeId) : undefined;
  return text ? <ReferenceList references={text.references} /> : null;
}
