// Temporary helper for curators until the real build lands: checks that every quote in the given
// curated JSON files is verbatim in the cleaned source (one line, or two consecutive non-empty lines
// joined by one space, captions/footnotes in between skipped).
import { readFileSync } from 'node:fs';
const raw = readFileSync(new URL('../data/source/white-paper-2018-peaceful-secure-society.txt', import.meta.url), 'utf8');
const clean = (s) => s.replace(/\\\$/g, '$').replace(/\*\*(.+?)\*\*\*?/g, '$1').replace(/[¹²³⁰⁴⁵⁶⁷⁸⁹]+/g, '').trim();
const lines = raw.split('\n').map(clean).filter((l) => l.length > 0);
const hay = [...lines];
for (let i = 0; i < lines.length; i++) for (let j = i + 1; j <= Math.min(i + 4, lines.length - 1); j++) hay.push(lines[i] + ' ' + lines[j]);
let bad = 0, n = 0;
for (const f of process.argv.slice(2)) {
  const data = JSON.parse(readFileSync(f, 'utf8'));
  const visit = (v, where) => {
    if (Array.isArray(v)) v.forEach((x, i) => visit(x, `${where}[${i}]`));
    else if (v && typeof v === 'object') {
      if (typeof v.text === 'string' && (where.includes('quote') || where.includes('Quote'))) {
        n++;
        if (!hay.some((h) => h.includes(v.text))) { bad++; console.log(`NOT FOUND ${f} ${where}: ${v.text}`); }
      }
      for (const [k, x] of Object.entries(v)) visit(x, `${where}.${k}`);
    }
  };
  visit(data, '');
}
console.log(`${n} quotes checked, ${bad} not found`);
process.exit(bad ? 1 : 0);
