// The cli-table3 helpers that src/render/cli-table3-fix.ts patches.
declare module 'cli-table3/src/utils.js' {
  const utils: {
    truncate(text: string, desiredLength: number, truncateChar?: string): string;
    strlen(text: string): number;
    pad(text: string, length: number, fill: string, direction: string): string;
    colorizeLines(lines: string[]): string[];
  };
  export default utils;
}
