// Bundled in place of chalk's vendored supports-color, which imports node:tty (and with it
// node:net, 2-3 ms) to look at both streams as chalk loads. odaref gives its own Chalk an explicit
// level (theme.ts); this answers for chalk's default instance (ora's spinner) from the environment,
// asking isatty only about a character device (stdio.ts).
import { isTerminal, type Fd } from '../stdio.js';

interface ColorSupport {
  level: 1 | 2 | 3;
  hasBasic: boolean;
  has256: boolean;
  has16m: boolean;
}

function support(fd: Fd): ColorSupport | false {
  const env = process.env;
  if ((env.NO_COLOR ?? '') !== '' || env.FORCE_COLOR === '0' || env.TERM === 'dumb') return false;
  if (!isTerminal(fd)) return false;
  const level = env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit' ? 3 : /-256(color)?$/i.test(env.TERM ?? '') ? 2 : 1;
  return { level, hasBasic: true, has256: level >= 2, has16m: level >= 3 };
}

export default { stdout: support(1), stderr: support(2) };
