import { type ComponentProps, lazy, Suspense } from 'react';

import type { RoleReasonList } from './RoleReasonList';

// The roles' texts load when a role is chosen, not with the first view.
const List = lazy(() => import('./RoleReasonList').then((module) => ({ default: module.RoleReasonList })));

/** For the details panel: why the chosen role acts on this node (`RoleReasonList`). */
export function RoleReasons(props: ComponentProps<typeof RoleReasonList>) {
  return (
    <Suspense fallback={null}>
      <List {...props} />
    </Suspense>
  );
}
