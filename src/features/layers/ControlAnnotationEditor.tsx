import { type ComponentProps, lazy, Suspense } from 'react';

import type { ControlAnnotationForm } from './ControlAnnotationForm';

// Loaded when the details panel first shows a control: the first view does without it.
const Form = lazy(() =>
  import('./ControlAnnotationForm').then((module) => ({ default: module.ControlAnnotationForm })),
);

/**
 * For the details panel of a control: its status, owner and note in the active layer (`ControlAnnotationForm`).
 * Nothing for other nodes.
 */
export function ControlAnnotationEditor(props: ComponentProps<typeof ControlAnnotationForm>) {
  if (props.index.node(props.controlId)?.kind !== 'control') return null;
  return (
    <Suspense fallback={null}>
      <Form {...props} />
    </Suspense>
  );
}
