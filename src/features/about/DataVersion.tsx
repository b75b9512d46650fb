import type { Dataset } from '../../model/schema';

interface DataVersionProps {
  upstream: Dataset['upstream'];
  /** "Data version" */
  label: string;
  /** Read aloud after each link: "(opens in a new tab)". */
  opensInNewTab: string;
}

/** Which data the app carries: each upstream source with its commit (linked) and date. */
export function DataVersion({ upstream, label, opensInNewTab }: DataVersionProps) {
  return (
    <p className="data-version" data-testid="data-version">
      <span className="data-version__label">{label}:</span>{' '}
      {upstream.map((source, i) => (
        <span key={source.repository} className="data-version__source">
          {i > 0 && ' · '}
          {source.name}{' '}
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
        </span>
      ))}
    </p>
  );
}
