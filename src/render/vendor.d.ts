// The one cli-table3 internal that src/render/cli-table3-fix.ts patches.
declare module 'cli-table3/src/utils.js' {
  const utils: { truncate(text: string, desiredLength: number, truncateChar?: string): string };
  export default utils;
}
