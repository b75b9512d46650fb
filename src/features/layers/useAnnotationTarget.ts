import type { GraphIndex } from '../../model/graphIndex';
import type { ScopeAnswers } from '../../model/scope/questions';
import { type NewLayer, selectActiveLayer } from '../../state/layerStore';
import { useFeatureT } from '../scope/featureStrings';

import { useLayers, useLayerStoreApi } from './layerStoreContext';
import { dataVersionOf } from './newLayer';
import { layerStrings } from './strings';

/**
 * What an annotation editor writes to: the active layer, or the layer its first edit creates (named in the
 * user's language, recording the current scope answers).
 */
export function useAnnotationTarget(index: GraphIndex, scope: ScopeAnswers | undefined) {
  const { t } = useFeatureT(layerStrings);
  const api = useLayerStoreApi();
  const layer = useLayers(selectActiveLayer);
  const newLayer: NewLayer = {
    name: t('editor.defaultName'),
    dataVersion: dataVersionOf(index),
    ...(scope ? { scope } : {}),
  };
  const where = layer
    ? t('editor.layer', { name: layer.name })
    : t('editor.firstEdit', { name: newLayer.name });
  return { api, layer, newLayer, where };
}
