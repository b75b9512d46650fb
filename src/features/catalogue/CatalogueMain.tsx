import './catalogue.css';

import type { ReactNode } from 'react';

import { VIEW_HEADING_ID } from './viewHeading';

interface CatalogueMainProps {
  heading: string;
  /** Extra class names of the landmark, for a view's own layout. */
  className?: string;
  /** Next to the heading, e.g. an edition badge. */
  badge?: ReactNode;
  intro?: ReactNode;
  /** Controls of the view (layout, order) under the intro. */
  tools?: ReactNode;
  children: ReactNode;
}

/** The main landmark of a reading view: its heading, what it shows, its tools, then the content. */
export function CatalogueMain({ heading, className, badge, intro, tools, children }: CatalogueMainProps) {
  return (
    <main className={className ? `catalogue ${className}` : 'catalogue'} aria-labelledby={VIEW_HEADING_ID}>
      <header className="catalogue__header">
        <div className="catalogue__title">
          <h2 id={VIEW_HEADING_ID} tabIndex={-1}>
            {heading}
          </h2>
          {badge}
        </div>
        {intro && <div className="catalogue__intro">{intro}</div>}
        {tools && <div className="catalogue__tools">{tools}</div>}
      </header>
      {children}
    </main>
  );
}
