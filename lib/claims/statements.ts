/**
 * An entity's facts and relations as statements a claim can be compared with: event classes,
 * entities named, years, numbers and distinctive words, worked out once per entity.
 */
import nlp from 'compromise';
import type { EntityRecord, RelationView } from '../dataset/compile';
import type { TimeSpan } from '../dataset/schema';
import type { Evidence } from './types';
import { degreeKind, eventClasses, type DegreeKind, type EventClass } from './lexicon';
import { coMentions, type EntityNames } from './co-mentions';

export interface Statement extends Evidence {
  relation?: RelationView;
  classes: Set<EventClass>;
  /** Entities the statement is about besides its own entity. */
  entities: Set<string>;
  /** Years written in the text (facts). */
  textYears: number[];
  /** Month of a year written in the text ("June 1968"). */
  months: Map<number, number>;
  numbers: { value: number; unit: string }[];
  words: Set<string>;
  degree?: DegreeKind;
}

const REL_CLASSES: Record<string, EventClass[]> = {
  founded: ['founded'],
  leads: ['led', 'joined', 'left'],
  works_at: ['joined', 'left'],
  studied_at: ['degree'],
  spun_out_of: ['founded'],
};

const REL_WORDS: Record<string, string> = {
  founded: 'founded',
  leads: 'leads',
  works_at: 'works at',
  studied_at: 'studied at',
  advised: 'advised',
  part_of: 'is part of',
  located_in: 'is located in',
  funds: 'funds',
  spun_out_of: 'spun out of',
  collaborates_with: 'collaborates with',
};

export interface EntityIndex extends EntityNames {
  entities: Map<string, EntityRecord>;
}

/** "Song-Chun Zhu leads Beijing Institute for General Artificial Intelligence (director)". */
export function relationText(index: EntityIndex, e: EntityRecord, r: RelationView): string {
  const other = index.entities.get(r.other)?.name ?? r.other;
  const [a, b] = r.direction === 'out' ? [e.name, other] : [other, e.name];
  return `${a} ${REL_WORDS[r.type] ?? r.type} ${b}${r.role ? ` (${r.role})` : ''}`;
}

const MONTH_RE =
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?(1[89]\d{2}|20\d{2})\b/gi;
const MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');
const STOP = new Set(
  // Generic words do not tie a sentence to a fact: "Knuth Award" is not the "Turing Award".
  (
    'The A An In On At Of And For With By From To He She It Its His Her They Their This That Was ' +
    'Is Are Were Has Have Had After Before Since Chinese China US American Award Awards Prize ' +
    'Medal University Institute Laboratory Lab Academy School College Center Centre Department ' +
    'Group Company Research Science Sciences Technology Fellow AI National State Association ' +
    'Conference Foundation Society International Chair Professor President Director'
  ).split(' '),
);

/** Capitalised words (not the first of the text, not common ones): "Marr", "IEEE", "Wudao". */
export function distinctiveWords(text: string, skip: Set<string>): Set<string> {
  const out = new Set<string>();
  const re = /(?<![\p{L}\d])[A-Z][\p{L}\d-]+/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index === 0 || STOP.has(m[0])) continue;
    const w = m[0].toLowerCase();
    if (!skip.has(w)) out.add(w);
  }
  return out;
}

export function nameWords(e: EntityRecord): Set<string> {
  return new Set(
    [e.name, ...e.aliases.map((a) => a.text)]
      .join(' ')
      .toLowerCase()
      .split(/[\s-]+/),
  );
}

function textNumbers(text: string): { value: number; unit: string }[] {
  const out: { value: number; unit: string }[] = [];
  for (const n of nlp(text).numbers().json({ offset: true }) as {
    text: string;
    offset: { start: number; length: number };
    number?: { num?: number };
  }[]) {
    const v = n.number?.num;
    if (typeof v !== 'number' || (v >= 1800 && v <= 2100 && Number.isInteger(v))) continue;
    const end = n.offset.start + n.offset.length;
    const unit = /^[\s,]*([A-Za-z-]+)/.exec(text.slice(end))?.[1]?.toLowerCase() ?? '';
    out.push({ value: v, unit });
  }
  return out;
}

const cache = new WeakMap<EntityRecord, Statement[]>();

export function statementsOf(index: EntityIndex, e: EntityRecord): Statement[] {
  const hit = cache.get(e);
  if (hit) return hit;
  const skip = nameWords(e);
  const out: Statement[] = [];
  for (const f of e.facts) {
    const months = new Map<number, number>();
    MONTH_RE.lastIndex = 0;
    for (let m = MONTH_RE.exec(f.text); m; m = MONTH_RE.exec(f.text))
      months.set(Number(m[2]), MONTHS.indexOf(m[1]!.toLowerCase().slice(0, 3)) + 1);
    out.push({
      text: f.text,
      time: f.time,
      citations: f.citations,
      classes: eventClasses(f.text),
      entities: new Set(coMentions(index, f.text, e.id, true).map((c) => c.id)),
      textYears: [...f.text.matchAll(/\b(1[89]\d{2}|20\d{2})\b/g)].map((m) => Number(m[1])),
      months,
      numbers: textNumbers(f.text),
      words: distinctiveWords(f.text, skip),
      degree: degreeKind(f.text),
    });
  }
  for (const r of e.relations) {
    const text = relationText(index, e, r);
    out.push({
      text,
      time: r.time,
      citations: [r.citation],
      relation: r,
      classes: new Set(REL_CLASSES[r.type] ?? []),
      entities: new Set([r.other]),
      textYears: [],
      months: new Map(),
      numbers: [],
      words: new Set(),
      degree: r.type === 'studied_at' && r.role ? degreeKind(r.role) : undefined,
    });
  }
  cache.set(e, out);
  return out;
}

/** Does a span of years include `y`? Open ends are open. */
export function covers(t: TimeSpan, y: number): boolean {
  return (t.from === undefined || t.from <= y) && (t.to === undefined || y <= t.to);
}
