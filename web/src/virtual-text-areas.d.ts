/** Served by text-areas-plugin.ts: per language, a loader for each area of the texts. */
declare module 'virtual:text-areas' {
  export const textAreaLoaders: Record<
    string,
    Record<string, () => Promise<{ default: Record<string, unknown> }>>
  >;
}
