/** The address of the floor's data file (scripts/bench/floorData.ts). */
declare module 'virtual:floor-data' {
  export const floorDataUrl: string;
}
