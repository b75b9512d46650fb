/** The upstream documents the scope rules quote. */

const EXCHANGE = 'https://github.com/OWASP/www-project-ai-security-and-privacy-guide';
const DOCS = 'content/ai_exchange/content/docs';

export interface SourceDocument {
  title: string;
  repository: string;
  file: string;
  /** The commit quoted, or the edition when the text is quoted from an earlier published version. */
  version: string;
}

export const SOURCES = {
  'overview-2024': {
    title: 'OWASP AI Exchange — AI Security Overview (2024 edition)',
    repository: EXCHANGE,
    file: `${DOCS}/ai_security_overview.md`,
    version: '2024 edition',
  },
  overview: {
    title: 'OWASP AI Exchange — AI Security Overview',
    repository: EXCHANGE,
    file: `${DOCS}/ai_security_overview.md`,
    version: '5413fde06349cf25d0414a182f86181bc3941929',
  },
  'input-threats': {
    title: 'OWASP AI Exchange — 2. Input threats',
    repository: EXCHANGE,
    file: `${DOCS}/2_threats_through_use.md`,
    version: '5413fde06349cf25d0414a182f86181bc3941929',
  },
  'runtime-threats': {
    title: 'OWASP AI Exchange — 4. Runtime conventional security threats',
    repository: EXCHANGE,
    file: `${DOCS}/4_runtime_application_security_threats.md`,
    version: '5413fde06349cf25d0414a182f86181bc3941929',
  },
} as const satisfies Record<string, SourceDocument>;

export type SourceId = keyof typeof SOURCES;

/** A sentence a rule implements, quoted from its source (links and emphasis markup dropped). */
export interface Citation {
  source: SourceId;
  section: string;
  /** Permalink of the section. */
  url: string;
  quote: string;
}
