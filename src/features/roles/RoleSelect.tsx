import './roles.css';

import { memo, useId } from 'react';

import { ROLE_TITLES } from '../../model/roles/roleTitles';
import { isRoleId, ROLE_IDS, type RoleId } from '../../model/roles/roleTypes';
import { useFeatureT } from '../scope/featureStrings';

import { roleStrings } from './strings';

interface RoleSelectProps {
  value: RoleId | null;
  onChange(role: RoleId | null): void;
}

/** A labelled select of the six roles, and "no role". */
export const RoleSelect = memo(function RoleSelect({ value, onChange }: RoleSelectProps) {
  const { t, lang } = useFeatureT(roleStrings);
  const id = useId();
  return (
    <div className="role-select">
      <label htmlFor={id}>{t('label')}</label>
      <select
        id={id}
        value={value ?? ''}
        aria-describedby={`${id}-hint`}
        onChange={(event) => onChange(isRoleId(event.target.value) ? event.target.value : null)}
      >
        <option value="">{t('none')}</option>
        {ROLE_IDS.map((role) => (
          <option key={role} value={role}>
            {ROLE_TITLES[role][lang]}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="hint">
        {t('hint')}
      </p>
    </div>
  );
});
