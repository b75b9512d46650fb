import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { selectActiveLayer } from '../../state/layerStore';
import { useLayers } from '../layers/layerStoreContext';

/**
 * The annotation form of the details panel, after the node's facts and relations: folded until wanted, open
 * while a layer is active (the user is annotating). Shows nothing for nodes that take no annotation.
 */
export function AnnotationBox({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const annotating = useLayers(selectActiveLayer) !== null;
  return (
    <details className="annotation-box" open={annotating || undefined}>
      <summary>{t('details.annotate')}</summary>
      {children}
    </details>
  );
}
