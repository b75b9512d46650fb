/** The URLs of the two parts of the data set, provided by scripts/vite-data-plugin.ts. */
declare module 'virtual:dataset-urls' {
  export const datasetUrls: { core: string; details: string };
}
