import { memo } from 'react';

import { sourceTitle } from '../../model/dataSources';
import type { Dataset } from '../../model/schema';

interface DataVersionProps {
  upstream: Dataset['upstream'];
  /** "Data" */
  label: string;
  /** Read aloud after each link: "(opens in a new tab)". */
  opensInNewTab: string;
}

/**
 * Which data the app carries: each upstream source with the editions taken from it (the LLM Top 10 editions, the
 * ATLAS release), its commit (linked) and the commit's date.
 */
export const DataVersion = memo(function DataVersion({ upstream, label, opensInNewTab }: DataVersionProps) {
  return (
    <div className="data-version" data-testid="data-version">
      <span className="data-version__label">{label}:</span>
      <ul className="data-version__sources">
        {upstream.map((source) => (
          <li key={`${source.repository} ${source.name}`} className="data-version__source">
            {sourceTitle(source)}{' '}
            <a
              href={`${source.repository}/commit/${source.commit}`}
              target="_blank"
              rel="noopener noreferrer"
              title={source.commit}
            >
              <code>{source.commit.slice(0, 7)}</code>
              <span className="visually-hidden"> {opensInNewTab}</span>
            </a>{' '}
            (<time dateTime={source.date}>{source.date}</time>)
          </li>
        ))}
      </ul>
    </div>
  );
});
