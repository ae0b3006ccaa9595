// Reads the IATI codelists (XML) we bundle under data/reference/iati/ into code -> name maps.
// A tiny pattern reader is enough: the files are machine-written and flat.

export interface CodelistItem {
  code: string;
  name: string;
  withdrawn: boolean;
}

const ITEM = /<codelist-item\b([^>]*)>([\s\S]*?)<\/codelist-item>/g;
const CODE = /<code>([^<]*)<\/code>/;
const NAME = /<name>\s*<narrative>([^<]*)<\/narrative>/;

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };

export function parseCodelist(xml: string): CodelistItem[] {
  const items: CodelistItem[] = [];
  for (const m of xml.matchAll(ITEM)) {
    const code = m[2].match(CODE)?.[1]?.trim();
    const name = m[2].match(NAME)?.[1]?.trim();
    if (!code || !name) continue;
    items.push({ code, name: name.replace(/&[a-z]+;/g, (e) => ENTITIES[e] ?? e), withdrawn: /status="withdrawn"/.test(m[1]) });
  }
  return items;
}

export function activeCodes(items: CodelistItem[]): Map<string, string> {
  return new Map(items.filter((i) => !i.withdrawn).map((i) => [i.code, i.name]));
}
