import './atlasLayers.css';

import { useFeatureT } from '../scope/featureStrings';

import { atlasLayerStrings } from './strings';

/** The mark of a node an opened ATLAS Navigator layer reaches, in lists; loaded with the first such layer. */
export default function AtlasMark() {
  const { t } = useFeatureT(atlasLayerStrings);
  return (
    <span className="atlas-mark" data-atlas-mark="" title={t('overlay.mark')}>
      <span aria-hidden="true">◆</span>
      <span className="visually-hidden"> ({t('overlay.mark')})</span>
    </span>
  );
}
