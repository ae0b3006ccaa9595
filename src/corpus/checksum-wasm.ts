// checksum()'s loop over 32-bit words as a 143-byte WebAssembly module, for the large parts a
// lookup checks (the programs part, the saved word indexes: 350 KB for `odaref programs`). A
// process that has just started runs JavaScript's loop in V8's interpreter, about 50 ns a word
// (4-5 ms for those parts); compiled WebAssembly does it in well under 1 ms, its first compile
// included. The module is the text below, assembled with wabt's wat2wasm (multi-value on):
//
//   (module
//     (memory (export "memory") 1)
//     (func (export "lanes") (param $n i32) (param $h1 i32) (param $h2 i32) (result i32 i32)
//       (local $p i32) (local $end i32) (local $w i32)
//       (local.set $end (i32.shl (local.get $n) (i32.const 2)))
//       (block $done
//         (loop $next
//           (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
//           (local.set $w (i32.load (local.get $p)))
//           (local.set $h1 (i32.mul (i32.xor (local.get $h1) (local.get $w)) (i32.const 0x01000193)))
//           (local.set $h1 (i32.xor (local.get $h1) (i32.shr_u (local.get $h1) (i32.const 13))))
//           (local.set $h2 (i32.mul (i32.xor (local.get $h2) (local.get $w)) (i32.const 0x5bd1e995)))
//           (local.set $h2 (i32.xor (local.get $h2) (i32.shr_u (local.get $h2) (i32.const 15))))
//           (local.set $p (i32.add (local.get $p) (i32.const 4)))
//           (br $next)))
//       (local.get $h1) (local.get $h2)))
//
// It reads the n words at the start of its memory, little-endian as WebAssembly always does, and
// returns both lanes as checksum() leaves them before its tail. test/unit/corpus-file.test.ts checks
// it against the JavaScript loop.

const MODULE = Uint8Array.from([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 9, 1, 96, 3, 127, 127, 127, 2, 127, 127, 3, 2, 1, 0, 5, 3, 1, 0, 1, 7, 18, 2, 6, 109, 101, 109, 111, 114, 121,
  2, 0, 5, 108, 97, 110, 101, 115, 0, 0, 10, 93, 1, 91, 1, 3, 127, 32, 0, 65, 2, 116, 33, 4, 2, 64, 3, 64, 32, 3, 32, 4, 79, 13, 1, 32, 3, 40,
  2, 0, 33, 5, 32, 1, 32, 5, 115, 65, 147, 131, 128, 8, 108, 33, 1, 32, 1, 32, 1, 65, 13, 118, 115, 33, 1, 32, 2, 32, 5, 115, 65, 149, 211,
  199, 222, 5, 108, 33, 2, 32, 2, 32, 2, 65, 15, 118, 115, 33, 2, 32, 3, 65, 4, 106, 33, 3, 12, 0, 11, 11, 32, 1, 32, 2, 11,
]);

/** The little of WebAssembly used here (TypeScript's ES library does not describe it). */
interface WebAssemblyApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: unknown };
}

interface Exports {
  memory: { buffer: ArrayBuffer; grow(pages: number): number };
  lanes(n: number, h1: number, h2: number): [number, number];
}

const PAGE_BYTES = 65536;

let compiled: Exports | null | undefined;

function instance(): Exports | null {
  if (compiled === undefined) {
    try {
      const wasm = (globalThis as { WebAssembly?: WebAssemblyApi }).WebAssembly!;
      compiled = new wasm.Instance(new wasm.Module(MODULE)).exports as Exports;
    } catch {
      compiled = null; // no WebAssembly here (node --jitless, say): the JavaScript loop does it
    }
  }
  return compiled;
}

/** Whether the module is compiled already, so that using it costs no more than the copy. */
export function wasmReady(): boolean {
  return Boolean(compiled);
}

/**
 * Both lanes of checksum() over words, starting from h1 and h2, or null when WebAssembly cannot
 * do it here. The words are read as little-endian, so only a little-endian machine, whose typed
 * arrays hold them that way, may pass them in.
 */
export function wasmLanes(words: Int32Array, h1: number, h2: number): [number, number] | null {
  const wasm = instance();
  if (!wasm) return null;
  try {
    const bytes = words.byteLength;
    const missing = Math.ceil(bytes / PAGE_BYTES) - wasm.memory.buffer.byteLength / PAGE_BYTES;
    if (missing > 0) wasm.memory.grow(missing);
    new Uint8Array(wasm.memory.buffer, 0, bytes).set(new Uint8Array(words.buffer, words.byteOffset, bytes));
    return wasm.lanes(words.length, h1, h2);
  } catch {
    return null; // memory it could not grow to: the JavaScript loop does it
  }
}
