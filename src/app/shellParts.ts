import { lazy } from 'react';

// Parts of the page shell that only some links or choices show; each loads when first shown.
export const RoleGuide = lazy(() =>
  import('../features/roles/RoleGuide').then((module) => ({ default: module.RoleGuide })),
);
export const SharedLayerPrompt = lazy(() =>
  import('../features/layers/SharedLayerPrompt').then((module) => ({ default: module.SharedLayerPrompt })),
);
export const AtlasOverlayPanel = lazy(() => import('../features/atlasLayers/AtlasOverlayPanel'));
