import { exportStrings } from '../exports/strings';
import { layerStrings } from '../layers/strings';
import { roleStrings } from '../roles/strings';

import { scopeStrings } from './strings';

/**
 * The namespaces of scoping, role lenses, annotation layers and exports. Each is added to i18next by the first
 * component that uses it (`useFeatureT`), so the first view carries only the ones it shows.
 */
export const WORKFLOW_STRINGS = [scopeStrings, roleStrings, layerStrings, exportStrings] as const;
