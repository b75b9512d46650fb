import './roles.css';

import { useId } from 'react';

import type { GraphIndex } from '../../model/graphIndex';
import { getRole, roleReasons } from '../../model/roles/roles';
import type { RoleId } from '../../model/roles/roleTypes';
import { useFeatureT } from '../scope/featureStrings';

import { roleStrings } from './strings';

interface RoleReasonListProps {
  index: GraphIndex;
  role: RoleId;
  nodeId: string;
}

/** For the details panel: why the chosen role acts on this node. Nothing when the role's focus leaves it out. */
export function RoleReasonList({ index, role, nodeId }: RoleReasonListProps) {
  const { t, lang } = useFeatureT(roleStrings);
  const id = useId();
  const reasons = roleReasons(index, role, nodeId);
  if (reasons.length === 0) return null;
  return (
    <section className="role-reasons" aria-labelledby={id} data-testid="role-reasons">
      <h3 id={id}>{t('reasons', { role: getRole(role).title[lang] })}</h3>
      <ul>
        {reasons.map((reason, i) => (
          <li key={i}>{reason[lang]}</li>
        ))}
      </ul>
    </section>
  );
}
