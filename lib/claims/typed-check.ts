/**
 * Compares a typed claim with the typed statements on an entity's facts. "matches" when a
 * statement of a compatible type fits the claim's time; "differs" when every dated statement of
 * that type says otherwise and the sentence neither hedges nor denies; "not covered" only when no
 * statement of that type (about the same product or organisation, where the type has one) exists.
 */
import type { EntityRecord } from '../dataset/compile';
import type { EventType, Fact, Statement as DataStatement } from '../dataset/schema';
import { MONTH_NAMES, type TypedClaim } from './events';
import { degreeKind, withAwardNames, type DegreeKind } from './lexicon';
import type { ClaimResult, Evidence } from './types';

export interface TypedStatement {
  st: DataStatement;
  fact: Fact;
  /** Compared without knowing it is the same thing: may support, never contradict. */
  agreeOnly?: boolean;
  /**
   * The sentence does not name what was founded ("co-founding the company in 1999"): a founding
   * of the person's that fits may support the claim; none fitting gives no verdict at all, since
   * "not covered" would deny statements the data holds.
   */
  unnamed?: boolean;
}

/** Statements about the entity itself (no other subject), of the given types. */
export function typedStatementsOf(e: EntityRecord, types: EventType[]): TypedStatement[] {
  const out: TypedStatement[] = [];
  for (const fact of e.facts)
    for (const st of fact.statements ?? []) {
      if (!types.includes(st.event)) continue;
      if (st.subject === undefined || st.subject === e.id) out.push({ st, fact });
      // "Liang Wenfeng founded DeepSeek" on DeepSeek's card is DeepSeek's founding too.
      else if (st.event === 'founded' && st.object === e.id)
        out.push({ st: { event: 'founded', date: st.date, place: st.place }, fact });
    }
  return out;
}

/** Types whose statements are told apart by their object or product. */
const KEYED: EventType[] = [
  'left',
  'joined',
  'appointed',
  'studied',
  'released',
  'awarded',
  'elected',
];

/**
 * The statements a claim is compared with: 'none' when the entity has no statement of the type
 * (the prose checker then answers), 'other' when it has some, but about another product or
 * organisation than the sentence names.
 */
export function poolFor(
  e: EntityRecord,
  t: TypedClaim,
  person: boolean,
  objectNames: string[] = [],
  partOf: (id: string) => boolean = () => false,
): TypedStatement[] | 'none' | 'other' {
  let all = typedStatementsOf(e, t.types);
  if (all.length === 0) return 'none';
  // A degree is compared only with degrees of its level: a bachelor's year says nothing about
  // the PhD ("B.S. in 1967" against "PhD in 1972"). An entry or a degree of no stated level stays.
  // An entry is compared only with entries: a degree years later says nothing about it.
  if (t.event === 'studied' && t.entry) {
    all = all.filter((s) => ENTRY.test(s.fact.text));
    if (all.length === 0) return 'other';
  }
  if (t.event === 'studied' && t.degree) {
    all = all.filter((s) => {
      const level = levelOf(s);
      return level === undefined || level === t.degree;
    });
    if (all.length === 0) return 'other';
  }
  if (t.event === 'founded') {
    // A person founds something: compare with the founding of what the sentence names.
    if (person) {
      const own = all.filter((s) => s.st.object !== undefined && s.st.object === t.object);
      if (own.length > 0) return own;
      // "创办清华学堂计算机科学实验班" names Tsinghua; the data's "Yao Class (…), Tsinghua" is
      // a founding there, maybe the same: it may support, never contradict.
      // "co-founded Coursera", "set up Facebook's FAIR lab": a founding whose detail is a name
      // the sentence gives (no entity of its own) is the same founding.
      const words = t.foundedWords ?? '';
      // Also past a possessor the sentence names: "Facebook's FAIR lab" is FAIR, not Facebook.
      if (/\p{Lu}/u.test(words)) {
        const named = all.filter((s) => s.st.object === undefined && detailIn(s.st, words));
        if (named.length > 0) return named;
        // "the Multimedia Lab" for "CUHK Multimedia Laboratory (MMLab)": every capitalised word
        // the sentence gives is one of the detail's, or its start.
        const loose = all.filter((s) => s.st.object === undefined && detailHolds(s.st, words));
        if (loose.length > 0) return loose;
        // "launched ImageNet": a founding word, but the data holds the name as a release.
        const released = typedStatementsOf(e, ['released']).filter(
          (s) => s.st.object === undefined && detailIn(s.st, words),
        );
        if (released.length > 0) return released;
      }
      const there = all.filter(
        (s) => s.st.object === undefined && detailMentions(s.st, objectNames),
      );
      if (there.length > 0) return there.map((s) => ({ ...s, agreeOnly: true }));
      // Nothing named ("the company", "the artificial intelligence giant … was founded by"): any
      // founding of the person's may be the one meant.
      if (t.object === undefined && !/\p{Lu}/u.test(words))
        return all.map((s) => ({ ...s, agreeOnly: true, unnamed: true }));
      return 'other';
    }
    const own = all.filter((s) => s.st.object === undefined);
    return own.length > 0 ? own : 'none';
  }
  if (t.event === 'funded') {
    // A round is told apart by its amount: "raised US$300 million" is the round of that amount.
    const mine = amountsIn(t.window);
    const named = all.filter((s) =>
      amountsIn(s.st.detail ?? '').some((a) => mine.some((b) => Math.abs(a - b) <= a * 1e-6)),
    );
    if (named.length > 0) return named;
    // Another amount, or none: it may agree with a round of that date, never differ.
    return all.map((s) => ({ ...s, agreeOnly: true, unnamed: true }));
  }
  if (t.event === 'released' || t.event === 'awarded' || t.event === 'elected') {
    // The product by its name in the sentence, or as the entity the sentence names when that
    // entity's own name (not an alias) is the whole detail ("推出豆包" is the release of Doubao; "Kimi K1.5", an
    // entity named Kimi, is not the release of "Kimi K2").
    const same = (d: string | undefined) =>
      d !== undefined && objectNames[0]?.toLowerCase() === d.toLowerCase();
    const named = all.filter(
      (s) =>
        productNamed(s.st, t.window, e.name) ||
        (t.object !== undefined &&
          (same(s.st.detail) || (s.st.object === t.object && s.st.detail === undefined))),
    );
    if (named.length > 0) return named;
    // "released a model in December 2024" names no product: it may agree with a release of
    // that date, never differ from one.
    return t.rel === 'on' && t.month && !/[A-Z][\w.]*\d|\d[\w.]*[A-Za-z]/.test(t.window)
      ? all.map((s) => ({ ...s, agreeOnly: true }))
      : 'other';
  }
  if (KEYED.includes(t.event)) {
    if (t.object === undefined) {
      // "joined Facebook" where Facebook is no entity: the statements whose words name it.
      if (!t.objectText) return all;
      const named = all.filter((s) => s.st.object === undefined && detailIs(s.st, [t.objectText!]));
      return named.length > 0 ? named : 'other';
    }
    // The statements about the object itself first; only without them, those about a part of it
    // ("Google China" for Google) or whose words name it.
    const bySlug = all.filter((s) => s.st.object === t.object);
    const same =
      bySlug.length > 0
        ? bySlug
        : all.filter((s) =>
            s.st.object === undefined ? detailIs(s.st, objectNames) : partOf(s.st.object),
          );
    if (same.length > 0) return same;
    // "出任北京通用人工智能研究院院长", "became CEO of the company he founded": heading an
    // organisation the person founded may date from its founding — may agree, never differ.
    if (person && (t.event === 'joined' || t.event === 'appointed')) {
      const founded = typedStatementsOf(e, ['founded']).filter((s) => s.st.object === t.object);
      if (founded.length > 0) return founded.map((s) => ({ ...s, agreeOnly: true }));
    }
    return 'other';
  }
  return all;
}

/**
 * A degree statement's level: its role's ("PhD (physics)", "BEng", "MSc"), else its fact's when
 * the fact names one level only.
 */
const LEVELS: Record<DegreeKind, RegExp> = {
  phd: /\bph\.?\s?d\b|doctor|博士/i,
  master: /\bmaster'?s?\b|\bm\.?sc\b|硕士/i,
  bachelor: /\bbachelor|\bb\.?sc?\b|\bundergraduate|学士|本科/i,
};
function levelOf(s: TypedStatement): DegreeKind | undefined {
  const role = `${s.st.role ?? ''} ${s.st.detail ?? ''}`;
  const own =
    degreeKind(role) ??
    (/\bm\.?(eng|a|s|phil)\b/i.test(role)
      ? 'master'
      : /\bb\.?(eng|a|s)\b/i.test(role)
        ? 'bachelor'
        : undefined);
  if (own) return own;
  const t = s.fact.text;
  const kinds = (Object.keys(LEVELS) as DegreeKind[]).filter((k) => LEVELS[k].test(t));
  return kinds.length === 1 ? kinds[0] : undefined;
}

/**
 * Is a statement without an object slug about the claim's object, by its detail? The detail is
 * one of the object's names ("Massachusetts Institute of Technology" for MIT) or a part of it
 * named after it ("Microsoft Research" for Microsoft).
 */
function detailIs(st: DataStatement, objectNames: string[]): boolean {
  if (!st.detail) return false;
  const d = st.detail.toLowerCase();
  return objectNames.some((n) => {
    const m = n.toLowerCase();
    return m.length >= 2 && (d === m || new RegExp(`^${escape(m)}(?![a-z\\d])`).test(d));
  });
}

/**
 * Does the sentence's object phrase hold a name the statement's detail gives: the detail itself,
 * its words before a bracket, or those inside ("FAIR (Meta Fundamental AI Research)")?
 */
function detailIn(st: DataStatement, words: string): boolean {
  if (!st.detail) return false;
  const d = st.detail;
  const names = [d, d.replace(/\s*\(.*\)\s*$/, ''), /\(([^)]+)\)/.exec(d)?.[1] ?? ''];
  return names.some(
    (n) =>
      n.length >= 3 &&
      !GENERIC_LAST.has(n.toLowerCase()) &&
      new RegExp(`(^|[^\\p{L}\\d])${escape(n)}(?![\\p{L}\\d])`, 'iu').test(words),
  );
}

/**
 * Are the capitalised words of the sentence's object phrase all words of the statement's detail
 * (or their starts, "Lab" for "Laboratory"), one of them not a generic word?
 */
function detailHolds(st: DataStatement, words: string): boolean {
  if (!st.detail) return false;
  const mine = words.match(/\p{Lu}[\p{L}\d&-]*/gu) ?? [];
  const theirs = (st.detail.match(/[\p{L}\d&-]+/gu) ?? []).map((w) => w.toLowerCase());
  const has = (w: string) => theirs.some((t) => t === w || (w.length >= 3 && t.startsWith(w)));
  const lower = mine.map((w) => w.toLowerCase());
  return (
    lower.length > 0 && lower.every(has) && lower.some((w) => !GENERIC_LAST.has(w) && w !== 'the')
  );
}

/** Does a statement's free-text detail mention one of the object's names as a word? */
function detailMentions(st: DataStatement, objectNames: string[]): boolean {
  if (!st.detail) return false;
  const d = st.detail.toLowerCase();
  return objectNames.some(
    (n) =>
      n.length >= 3 &&
      new RegExp(`(^|[^\\p{L}\\d])${escape(n.toLowerCase())}(?![\\p{L}\\d])`, 'u').test(d),
  );
}

/** Money amounts in a text, as numbers ("US$300 million" → 3e8, "5亿元" → 5e8). */
function amountsIn(text: string): number[] {
  const scale: Record<string, number> = {
    million: 1e6,
    m: 1e6,
    billion: 1e9,
    bn: 1e9,
    万: 1e4,
    亿: 1e8,
    億: 1e8,
  };
  const out: number[] = [];
  for (const m of text.matchAll(/(\d[\d,]*(?:\.\d+)?)\s*(million|billion|bn|m\b|万|亿|億)?/gi)) {
    const v = Number(m[1]!.replace(/,/g, ''));
    if (Number.isFinite(v) && v > 0) out.push(v * (scale[(m[2] ?? '').toLowerCase()] ?? 1));
  }
  return out;
}

/** Last words too common to name a product or award on their own ("Knuth Award" ≠ Turing). */
const GENERIC_LAST = new Set([
  'award',
  'prize',
  'medal',
  'fellowship',
  'model',
  'chip',
  'programme',
  'program',
  'class',
  'group',
  'academy',
  'university',
  'laboratory',
  'lab',
]);

/** Does the sentence name the statement's product or award ("R1" for "DeepSeek-R1")? */
function productNamed(st: DataStatement, window: string, entityName: string): boolean {
  const names = [st.detail, st.object].filter((x): x is string => !!x);
  const w = withAwardNames(window).toLowerCase();
  const first = entityName.split(/\s+/)[0]!.toLowerCase();
  for (const n of names) {
    const d = n.toLowerCase();
    const variants = new Set([
      d,
      d.replace(new RegExp(`^${escape(first)}[-\\s]?`), ''),
      d.replace(/-\d+(\.\d+)?[bmt]$/i, ''),
      // "PaddlePaddle (open source)": the name before its bracket.
      d.replace(/\s*\(.*\)\s*$/, ''),
      d.split(/\s+/).slice(-1)[0]!,
    ]);
    for (const v of [...variants]) if (GENERIC_LAST.has(v)) variants.delete(v);
    for (const v of variants) {
      if (v.length < 2) continue;
      const re = new RegExp(`(^|[^A-Za-z\\d])${escape(v)}(?![A-Za-z\\d])`);
      if (re.test(w)) return true;
    }
  }
  return false;
}
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Ymd {
  year: number;
  month?: number;
}
function parseDate(d: string | undefined): Ymd | undefined {
  const m = d ? /^(\d{4})(?:-(\d{2}))?/.exec(d) : null;
  return m ? { year: Number(m[1]), month: m[2] ? Number(m[2]) : undefined } : undefined;
}
export function formatDate(d: Ymd): string {
  return d.month ? `${MONTH_NAMES[d.month - 1]} ${d.year}` : `${d.year}`;
}

/**
 * A statement's dates: its own, or — on a fact whose sources disagree ("born in 1968 or 1969")
 * and that gives the statement no date — each contested value's year.
 */
function datesOf(s: TypedStatement): Ymd[] {
  const own = parseDate(s.st.date);
  if (own) return [own];
  // Only values of one year date the event; a span ("1968–1970") says nothing exact.
  const years = (s.fact.contested ?? [])
    .map((cv) => cv.time)
    .filter((t) => t?.from !== undefined && (t.to === undefined || t.to === t.from))
    .map((t) => t!.from!);
  return [...new Set(years)].map((year) => ({ year }));
}

type Fit = 'fit' | 'clash' | 'none';

function fitOf(t: TypedClaim, d: Ymd): Fit {
  const y = t.year;
  switch (t.rel) {
    case 'on':
    case 'since':
      if (d.year !== y) return 'clash';
      if (t.month && d.month && t.month !== d.month) return 'clash';
      return 'fit';
    case 'about':
      return d.year === y ? 'fit' : Math.abs(d.year - y) <= 2 ? 'none' : 'clash';
    case 'before':
      return d.year < y ? 'fit' : 'clash';
    case 'after':
      return d.year > y ? 'fit' : d.year === y ? 'none' : 'clash';
    case 'until':
      if (t.event === 'left') return d.year === y ? 'fit' : 'clash';
      return d.year <= y ? 'fit' : 'clash';
    case 'between':
      return d.year >= y && d.year <= (t.yearTo ?? y) ? 'fit' : 'clash';
  }
}

/** A fact that dates an entry to a school, not a degree ("Entered USTC in 1986"). */
const ENTRY =
  /\b(entered|enrolled|enrol|admitted|began (his|her|their) studies)\b|入学|考入|进入.{0,12}(大学|学院)/i;

/**
 * A degree or graduation against an entry: some years after entering is likely, but the data
 * does not say which year, so neither verdict; before or at the entry, the claim is wrong.
 */
function degreeAfterEntry(t: TypedClaim, d: Ymd): Fit {
  if (t.rel !== 'on') return 'none';
  return t.year > d.year && t.year <= d.year + 8 ? 'none' : 'clash';
}

const evidenceOf = (f: Fact): Evidence => ({ text: f.text, time: f.time, citations: f.citations });

/**
 * The verdict for a typed claim; undefined when the data has no statement of its type; null when
 * the sentence does not say which of the entity's statements it means and none fits (no claim).
 */
export function checkTyped(
  e: EntityRecord,
  t: TypedClaim,
  person: boolean,
  base: { kind: 'year'; quote: string; start: number; end: number },
  objectNames: string[] = [],
  partOf: (id: string) => boolean = () => false,
): ClaimResult | null | undefined {
  const pool = poolFor(e, t, person, objectNames, partOf);
  if (t.unsure && (pool === 'none' || pool === 'other')) return null;
  if (pool === 'none' || (t.soft && pool === 'other')) return undefined;
  const claim = { ...base, event: t.event, claimTime: t.claimTime };
  if (pool === 'other') return { ...claim, verdict: 'unknown' };
  if (pool.length > 0 && pool.every((s) => s.unnamed)) {
    const d = pool.flatMap((s) => datesOf(s).map((x) => ({ s, x })));
    const f = t.negated || t.hedged ? undefined : d.find((y) => fitOf(t, y.x) === 'fit');
    return f
      ? { ...claim, verdict: 'matches', factTime: formatDate(f.x), evidence: evidenceOf(f.s.fact) }
      : null;
  }
  const dated = pool.flatMap((s) => datesOf(s).map((d) => ({ s, d })));
  if (dated.length === 0) return { ...claim, verdict: 'unknown' };
  const fit = (x: { s: TypedStatement; d: Ymd }) =>
    t.cue?.cls === 'degree' && !t.entry && ENTRY.test(x.s.fact.text)
      ? degreeAfterEntry(t, x.d)
      : fitOf(t, x.d);
  const fits = dated.filter((x) => fit(x) === 'fit');
  const clashes = dated.filter((x) => fit(x) === 'clash');
  const values = [...new Set(dated.map((x) => formatDate(x.d)))].join(' or ');
  if (t.negated) {
    // "was not founded in 2023" against a founding in 2023: the page denies the source.
    if (fits.length > 0 && !t.hedged && t.rel === 'on') {
      const f = fits[0]!;
      return {
        ...claim,
        verdict: 'differs',
        datasetValue: formatDate(f.d),
        factTime: formatDate(f.d),
        evidence: evidenceOf(f.s.fact),
      };
    }
    return { ...claim, verdict: 'unknown' };
  }
  if (fits.length > 0) {
    const f = fits[0]!;
    return {
      ...claim,
      verdict: 'matches',
      factTime: formatDate(f.d),
      evidence: evidenceOf(f.s.fact),
    };
  }
  if (
    clashes.length === dated.length &&
    !t.hedged &&
    !t.agreeOnly &&
    !dated.some((x) => x.s.agreeOnly)
  ) {
    const f = clashes[0]!;
    return {
      ...claim,
      verdict: 'differs',
      datasetValue: values,
      factTime: values,
      evidence: evidenceOf(f.s.fact),
    };
  }
  return { ...claim, verdict: 'unknown' };
}
