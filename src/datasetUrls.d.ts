/** The URLs of the two parts of the data set, provided by scripts/vite-data-plugin.ts. */
declare module 'virtual:dataset-urls' {
  export const datasetUrls: { core: string; details: string };
  /** The SHA-256 (hex) of each part as the build validated and emitted it; null in development. */
  export const datasetDigests: { core: string; details: string } | null;
}

/** The address of data/frameworks.json, provided by scripts/vite-frameworks-plugin.ts. */
declare module 'virtual:frameworks-url' {
  export const frameworksUrl: string;
  /** The SHA-256 (hex) of the file as the build validated and emitted it; null in development. */
  export const frameworksDigest: string | null;
}

/** The layout of the graph's first view, made by the build (scripts/vite-graph-page-plugin.tsx); null in development. */
declare module 'virtual:first-layout' {
  export const firstLayout: import('./model/layout/layoutJson').LayoutJson | null;
}
