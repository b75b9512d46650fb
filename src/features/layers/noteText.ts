import type { LayerWarning } from '../../model/layers/importLayer';
import type { StoreWarning } from '../../model/layers/layerStore';
import type { FeatureT } from '../scope/featureStrings';

import type { layerStrings } from './strings';

type LayerT = FeatureT<typeof layerStrings.en>;

/** A note in the page's language; the path and ids as they are in the file. */
export function noteText(warning: LayerWarning, t: LayerT): string {
  switch (warning.kind) {
    case 'data-version':
      return t('review.note.dataVersion', {
        layer: warning.layerVersion.slice(0, 7),
        app: warning.dataVersion.slice(0, 7),
      });
    case 'unknown-node':
      return t('review.note.unknownNode', { path: warning.path, id: warning.id });
    case 'wrong-kind':
      return t('review.note.wrongKind', {
        path: warning.path,
        id: warning.id,
        kind: t(`review.note.kinds.${warning.nodeKind}`),
        expected: t(`review.note.expected.${warning.section}`),
      });
  }
}

/** A note on the saved layers in the page's language. */
export function storeNoteText(warning: StoreWarning, t: LayerT): string {
  switch (warning.kind) {
    case 'upgraded':
      return t('manager.note.upgraded', { name: warning.name, version: warning.from });
    case 'layer':
      return t('manager.note.layer', { name: warning.name, note: noteText(warning.warning, t) });
    case 'no-active':
      return t('manager.note.noActive', { id: warning.activeId });
  }
}
