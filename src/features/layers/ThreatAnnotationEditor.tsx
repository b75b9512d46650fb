import { type ComponentProps, lazy, Suspense } from 'react';

import { isThreat } from '../../model/nodeKinds';

import type { ThreatAnnotationForm } from './ThreatAnnotationForm';

// Loaded when the details panel first shows a threat: the first view does without it.
const Form = lazy(() =>
  import('./ThreatAnnotationForm').then((module) => ({ default: module.ThreatAnnotationForm })),
);

/**
 * For the details panel of a threat or threat group: likelihood, impact and note in the active layer
 * (`ThreatAnnotationForm`). Nothing for other nodes.
 */
export function ThreatAnnotationEditor(props: ComponentProps<typeof ThreatAnnotationForm>) {
  const node = props.index.node(props.threatId);
  if (!node || !isThreat(node)) return null;
  return (
    <Suspense fallback={null}>
      <Form {...props} />
    </Suspense>
  );
}
