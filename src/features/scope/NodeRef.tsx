import type { NavNode } from '../../model/schema';
import type { Language } from '../../model/vocabulary';
import { KindMarker } from '../common/KindMarker';

interface NodeRefProps {
  node: NavNode;
  lang: Language;
  /** Selects the node (e.g. opens it in the details panel); without it the title is plain text. */
  onSelect?(id: string): void;
}

/** A node's title, as a button that selects it when the caller can select. Carries `data-node-id`. */
export function NodeRef({ node, lang, onSelect }: NodeRefProps) {
  const content = (
    <>
      <KindMarker node={node} />
      <span className="node-button__title">{node.title[lang]}</span>
    </>
  );
  if (!onSelect) {
    return (
      <span className={`node-ref node-ref--${node.kind}`} data-node-id={node.id}>
        {content}
      </span>
    );
  }
  return (
    <button
      type="button"
      className={`node-button node-button--${node.kind}`}
      data-node-id={node.id}
      onClick={() => onSelect(node.id)}
    >
      {content}
    </button>
  );
}
