// The checksum of corpus parts and search indexes: two 32-bit multiplicative hashes over the
// bytes as 32-bit words, 64 bits in all. It catches a damaged or truncated file, not a forged
// one (the files are the user's own). node:crypto's sha256 did this too, but loading node:crypto
// cost every lookup 4 ms, more than hashing the whole corpus here. Large inputs are hashed by
// the same loop in WebAssembly (checksum-wasm.ts).
import { wasmLanes, wasmReady } from './checksum-wasm.js';

/** The checksum's word, and the alignment of every part of the files it checks. */
export const WORD_BYTES = 4;

/** Whether this machine stores numbers little-endian (the checksum's words are read so everywhere;
 * the saved search indexes record the order they were written in). */
export const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** bytes as little-endian 32-bit words, in place when the machine is little-endian (nearly all
 * are) and they start on a 4-byte boundary of their memory, else copied; a length that is not a
 * multiple of 4 leaves its last bytes to checksum()'s tail. The same file gives the same
 * checksum on every machine. */
export function wordView(bytes: Uint8Array): { words: Int32Array; tail: Uint8Array } {
  const whole = bytes.length >> 2;
  const tail = bytes.subarray(whole << 2);
  if (!LITTLE_ENDIAN) return { words: littleEndianWords(bytes), tail };
  if (bytes.byteOffset % WORD_BYTES !== 0) bytes = new Uint8Array(bytes);
  return { words: new Int32Array(bytes.buffer, bytes.byteOffset, whole), tail };
}

/** The whole 32-bit words of bytes, read little-endian one by one: a big-endian machine's way. */
export function littleEndianWords(bytes: Uint8Array): Int32Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  return Int32Array.from({ length: bytes.length >> 2 }, (_, i) => view.getInt32(4 * i, true));
}

/** A line of text (its newline last) padded with spaces to a whole number of 4-byte words, so the
 * next part of a file starts on a word boundary, where checksum() and typed arrays read it in place. */
export function wordAlignedLine(text: string): Buffer {
  const bytes = Buffer.byteLength(text) + 1;
  return Buffer.from(`${text}${' '.repeat((WORD_BYTES - (bytes % WORD_BYTES)) % WORD_BYTES)}\n`);
}

/** Below this many words the JavaScript loop is quicker than WebAssembly's first compile (once
 * compiled, WebAssembly does every size). */
const WASM_MIN_WORDS = 8192;

export function checksum({ words, tail }: { words: Int32Array; tail: Uint8Array }): string {
  let h1 = 0x811c9dc5 ^ words.length;
  let h2 = 0x2545f491 ^ tail.length;
  const lanes = LITTLE_ENDIAN && (words.length >= WASM_MIN_WORDS || wasmReady()) ? wasmLanes(words, h1, h2) : null;
  [h1, h2] = lanes ?? jsLanes(words, h1, h2);
  for (let i = 0; i < tail.length; i++) {
    h1 = Math.imul(h1 ^ tail[i], 0x01000193);
    h2 = Math.imul(h2 ^ tail[i], 0x5bd1e995);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

/** checksum()'s two lanes over the words, from h1 and h2: the loop wasmLanes() also runs. */
export function jsLanes(words: Int32Array, h1: number, h2: number): [number, number] {
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    h1 = Math.imul(h1 ^ w, 0x01000193);
    h1 ^= h1 >>> 13;
    h2 = Math.imul(h2 ^ w, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return [h1, h2];
}
