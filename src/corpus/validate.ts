// Checks curated records field by field, so a bad record fails the build naming its file, id and field.
import type { Period, Quote } from './types.js';

export class RecordChecker {
  readonly problems: string[] = [];
  constructor(private readonly file: string) {}

  private report(id: string, field: string, message: string): void {
    this.problems.push(`${this.file}: ${id || '(no id)'}: ${field}: ${message}`);
  }

  record(value: unknown, index: number): { id: string; get: (field: string) => unknown } | null {
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      this.report(`#${index}`, '(record)', 'is not an object');
      return null;
    }
    const obj = value as Record<string, unknown>;
    const id = typeof obj.id === 'string' ? obj.id : typeof obj.alpha3 === 'string' ? obj.alpha3 : '';
    if (!id) this.report(`#${index}`, 'id', 'is missing');
    return { id, get: (field) => obj[field] };
  }

  string(id: string, field: string, v: unknown, opts: { optional?: boolean; nullable?: boolean } = {}): void {
    if (v === undefined && opts.optional) return;
    if (v === null && opts.nullable) return;
    if (typeof v !== 'string' || v.trim() === '') this.report(id, field, `must be a non-empty string, got ${describe(v)}`);
  }

  oneOf<T extends string>(id: string, field: string, v: unknown, allowed: readonly T[], opts: { optional?: boolean; nullable?: boolean } = {}): void {
    if (v === undefined && opts.optional) return;
    if (v === null && opts.nullable) return;
    if (typeof v !== 'string' || !allowed.includes(v as T)) this.report(id, field, `must be one of ${allowed.join(', ')}, got ${describe(v)}`);
  }

  boolean(id: string, field: string, v: unknown, opts: { optional?: boolean } = {}): void {
    if (v === undefined && opts.optional) return;
    if (typeof v !== 'boolean') this.report(id, field, `must be true or false, got ${describe(v)}`);
  }

  number(id: string, field: string, v: unknown, opts: { nullable?: boolean } = {}): void {
    if (v === null && opts.nullable) return;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) this.report(id, field, `must be a non-negative number, got ${describe(v)}`);
  }

  array(id: string, field: string, v: unknown, each?: (item: unknown, i: number) => void, opts: { optional?: boolean; nonEmpty?: boolean } = {}): void {
    if (v === undefined && opts.optional) return;
    if (!Array.isArray(v)) {
      this.report(id, field, `must be an array, got ${describe(v)}`);
      return;
    }
    if (opts.nonEmpty && v.length === 0) this.report(id, field, 'must not be empty');
    if (each) v.forEach(each);
  }

  strings(id: string, field: string, v: unknown, opts: { optional?: boolean; nonEmpty?: boolean } = {}): void {
    this.array(id, field, v, (item, i) => this.string(id, `${field}[${i}]`, item), opts);
  }

  ref(id: string, field: string, v: unknown, known: Set<string> | Map<string, unknown>, what: string): void {
    if (typeof v !== 'string' || !known.has(v)) this.report(id, field, `unknown ${what} ${describe(v)}`);
  }

  period(id: string, field: string, v: unknown): void {
    if (v === null) return;
    if (!v || typeof v !== 'object') {
      this.report(id, field, `must be a period object or null, got ${describe(v)}`);
      return;
    }
    const p = v as Partial<Period>;
    this.string(id, `${field}.text`, p.text);
    for (const k of ['from', 'to'] as const) {
      const d = p[k];
      if (d !== null && (typeof d !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(d) || Number.isNaN(Date.parse(d)))) {
        this.report(id, `${field}.${k}`, `must be a YYYY-MM-DD date or null, got ${describe(d)}`);
      }
    }
    if (typeof p.from === 'string' && typeof p.to === 'string' && p.from > p.to) this.report(id, field, `starts (${p.from}) after it ends (${p.to})`);
    this.string(id, `${field}.assumption`, p.assumption, { optional: true });
  }

  quotes(id: string, v: unknown, opts: { required: boolean }): Quote[] {
    if (!Array.isArray(v)) {
      this.report(id, 'quotes', `must be an array, got ${describe(v)}`);
      return [];
    }
    if (opts.required && v.length === 0) this.report(id, 'quotes', 'needs at least one verbatim quote (only origin "external" records may have none)');
    v.forEach((q, i) => {
      if (!q || typeof q !== 'object') this.report(id, `quotes[${i}]`, 'must be an object');
      else this.string(id, `quotes[${i}].text`, (q as Quote).text);
    });
    return v as Quote[];
  }

  fail(id: string, field: string, message: string): void {
    this.report(id, field, message);
  }
}

function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  const s = JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
