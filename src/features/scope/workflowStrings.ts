import type { i18n } from 'i18next';

import { exportStrings } from '../exports/strings';
import { layerStrings } from '../layers/strings';
import { roleStrings } from '../roles/strings';

import { registerFeatureStrings } from './featureStrings';
import { scopeStrings } from './strings';

/** The namespaces of scoping, role lenses, annotation layers and exports, both languages. */
export const WORKFLOW_STRINGS = [scopeStrings, roleStrings, layerStrings, exportStrings] as const;

/** Adds the workflow namespaces to the app's i18next instance; call once after creating it. */
export function registerWorkflowStrings(instance: i18n) {
  registerFeatureStrings(instance, WORKFLOW_STRINGS);
}
