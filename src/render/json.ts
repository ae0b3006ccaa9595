// JSON output: the caller's payload, pretty-printed, never coloured.

// Characters JSON.stringify leaves raw that a terminal would act on: C1 controls (U+009B is
// an 8-bit CSI) and bidi controls. Escaping them as \uXXXX keeps the parsed value identical.
const TERMINAL_UNSAFE = /[\u0080-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `JSON.stringify(payload, null, 2)` plus "\n", with C1 and bidi controls written as \u escapes. */
export function renderJson(payload: unknown): string {
  const text = JSON.stringify(payload, null, 2) ?? 'null';
  return text.replace(TERMINAL_UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`) + '\n';
}
