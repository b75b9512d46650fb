import './roles.css';

import { useId } from 'react';

import type { GraphIndex } from '../../model/graphIndex';
import { getRole } from '../../model/roles/roles';
import type { RoleId, RoleTool } from '../../model/roles/roleTypes';
import { useFeatureT } from '../scope/featureStrings';
import { NodeRef } from '../scope/NodeRef';

import { roleStrings } from './strings';

interface RoleGuideProps {
  index: GraphIndex;
  role: RoleId;
  /** Selects a node of the role's focus (e.g. opens it in the details panel). */
  onSelect(id: string): void;
  /** Opens a part of the app the role starts with; without it they are listed as text. */
  onOpenTool?(tool: RoleTool): void;
  /** Level of the guide's heading; its sub-headings are one below. Default 2. */
  headingLevel?: 2 | 3;
}

/**
 * "How to use this as a <role>": the role's paragraph, what it acts on (reasons with the nodes as buttons that
 * carry `data-node-id`) and the parts of the app to start with. Ids missing from the data set are left out.
 */
export function RoleGuide({ index, role, onSelect, onOpenTool, headingLevel = 2 }: RoleGuideProps) {
  const { t, lang } = useFeatureT(roleStrings);
  const id = useId();
  const data = getRole(role);
  const Heading = `h${headingLevel}` as const;
  const SubHeading = `h${headingLevel + 1}` as 'h3' | 'h4';
  const focus = data.focus
    .map((entry) => ({ why: entry.why, nodes: entry.ids.flatMap((nodeId) => index.node(nodeId) ?? []) }))
    .filter((entry) => entry.nodes.length > 0);

  return (
    <section className="role-guide" aria-labelledby={id} data-role={role}>
      <Heading id={id}>{t('guide', { role: data.title[lang] })}</Heading>
      <p className="role-guide__how-to">{data.howTo[lang]}</p>
      <SubHeading>{t('focus')}</SubHeading>
      <ul className="role-guide__focus">
        {focus.map((entry, i) => (
          <li key={i}>
            <p>{entry.why[lang]}</p>
            <ul className="role-guide__nodes">
              {entry.nodes.map((node) => (
                <li key={node.id}>
                  <NodeRef node={node} lang={lang} onSelect={onSelect} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <SubHeading>{t('startWith')}</SubHeading>
      <ul className="role-guide__tools">
        {data.tools.map((tool) => (
          <li key={tool}>
            {onOpenTool ? (
              <button type="button" className="button" onClick={() => onOpenTool(tool)}>
                {t(`tools.${tool}`)}
              </button>
            ) : (
              t(`tools.${tool}`)
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
