/**
 * Compares what a sentence says about an entity with the entity's facts and relations. A claim
 * "matches" when a statement supports it, "differs" only when a statement about the same
 * event clearly says otherwise and nothing in the sentence hedges, and is "unknown" (not in the
 * dataset) otherwise. False alarms destroy trust, so every doubt resolves to "unknown".
 */
import type { EntityRecord } from '../dataset/compile';
import { extractClaims, type Extracted, type YearMention } from './extract';
import {
  START_EVENTS,
  UNIQUE_EVENTS,
  degreeKind,
  roleFits,
  type Cue,
  type EventClass,
} from './lexicon';
import {
  covers,
  distinctiveWords,
  nameWords,
  statementsOf,
  type EntityIndex,
  type Statement,
} from './statements';
import type { ClaimResult, Evidence } from './types';
import {
  EN_CLAUSE,
  modifierYear,
  properNames,
  typedClaim,
  cueFor,
  yearOfAnother,
  type Names,
} from './events';
import { checkTyped } from './typed-check';

const evidence = (s: Statement): Evidence => ({
  text: s.text,
  time: s.time,
  citations: s.citations,
});

export function checkSentence(
  index: EntityIndex,
  entityId: string,
  sentence: string,
  mention: { start: number; end: number },
): ClaimResult[] {
  const e = index.entities.get(entityId);
  if (!e) return [];
  const x = extractClaims(index, entityId, sentence, mention);
  const statements = statementsOf(index, e);
  const ctx: Ctx = {
    e,
    x,
    statements,
    co: new Set(x.entities.map((c) => c.id)),
    words: distinctiveWords(sentence, nameWords(e)),
    person: e.category === 'person',
    objectOf: (id) => (id ? index.entities.get(id) : undefined),
  };
  const names = namesIn(x, mention);
  const years: ClaimResult[] = [];
  for (const y of x.years) {
    if (modifierYear(x, y)) continue;
    const typed = yearTyped(ctx, y, names);
    if (typed === null) continue;
    if (typed === undefined && (yearOfAnother(x, y, names) || occasionYear(x, y))) continue;
    // A year the event reader ties to no event word in its clause ("2019 年，其资金管理规模突破百亿元" after a
    // founding): the prose checker may find it in a fact, but its nearest event word may be
    // another clause's — it may agree, never differ.
    years.push(typed ?? (cueFor(x, y) ? checkYear(ctx, y) : mayAgree(checkYear(ctx, y))));
  }
  const claims: ClaimResult[] = [...years, ...checkNumbers(ctx, names), ...checkRoles(ctx, index)];
  claims.push(...checkEntities(ctx, claims));
  return claims.sort((a, b) => a.start - b.start);
}

const mayAgree = (c: ClaimResult): ClaimResult =>
  c.verdict === 'differs'
    ? { kind: c.kind, quote: c.quote, start: c.start, end: c.end, verdict: 'unknown' }
    : c;

/**
 * A year without an event word in a clause about a talk, an interview or a statement ("spoke at
 * a forum … on 18 September 2018", "In an interview in July 2024, …"), or about where a story
 * began ("The story of Zhipu AI began in 2006"): an occasion or an origin, which the dataset
 * does not record as the entity's event — no claim.
 */
function occasionYear(x: Extracted, y: YearMention): boolean {
  if (x.lang === 'zh') return false;
  const s = x.sentence;
  const c = clauseBounds(s, y.start, false);
  const clause = s.slice(c.start, c.end);
  return (
    /\b(interview(ed)?|spoke|speaking|speech|keynote|remarks?|said|says|told|wrote|posted|tweeted)\b/i.test(
      clause,
    ) ||
    /\b(story|roots|origins?|history)\b[^.;]{0,60}\b(began|begins|started|starts|dates? back|goes back|traces? back)\b/i.test(
      clause,
    )
  );
}

/** Who else the sentence names: known entities, people, and (English) capitalised names. */
function namesIn(x: Extracted, mention: { start: number; end: number }): Names {
  const others: Names['others'] = [...x.entities, ...x.people.map((p) => ({ ...p }))];
  if (x.lang === 'en')
    for (const n of properNames(x.sentence, [mention, ...x.cues, ...x.roles]))
      if (!others.some((o) => o.start < n.end && n.start < o.end)) others.push(n);
  // Chinese: a short quoted name is a name even when no dictionary holds it (“姚班”).
  if (x.lang === 'zh')
    for (const m of x.sentence.matchAll(/[“「《]([^“”「」《》，。,；;！？]{1,15})[”」》]/g)) {
      // “模式识别”专业: a field of study, not a name.
      if (/^\s*(专业|學科|学科|方向|领域|領域)/.test(x.sentence.slice(m.index + m[0].length)))
        continue;
      const n = { start: m.index + 1, end: m.index + 1 + m[1]!.length };
      if (!others.some((o) => o.start < n.end && n.start < o.end)) others.push(n);
    }
  const seen = new Set<string>();
  return {
    self: mention,
    others: others
      .filter((o) => !(o.start < mention.end && mention.start < o.end))
      .filter((o) => {
        const k = `${o.start}:${o.end}`;
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
      }),
  };
}

/**
 * A year with an event word, compared with typed statements: the verdict; null when the event
 * is another entity's (no claim at all); undefined when the data has no statement of its type
 * (the prose checker answers).
 */
function yearTyped(ctx: Ctx, y: YearMention, names: Names): ClaimResult | null | undefined {
  let t = typedClaim(ctx.x, y, names, ctx.person);
  if (t === 'other') return null;
  if (!t) return undefined;
  // "moved to MIT": moving to an organisation (not a place) is joining it.
  if (t.event === 'moved' && ctx.objectOf(t.object)?.category === 'organisation')
    t = { ...t, event: 'joined', types: ['joined', 'appointed'] };
  const base = { kind: 'year' as const, quote: y.text, start: y.start, end: y.end };
  const objectNames = namesOfEntity(ctx.objectOf(t.object));
  const r = checkTyped(ctx.e, t, ctx.person, base, objectNames, (id) =>
    isPartOf(ctx.objectOf(id), t.object, objectNames),
  );
  if (r !== undefined) return r;
  // No statement of the type: the prose checker. It reads the year, not the verb or its bound,
  // so the event reader's reading limits it: a denied event ("did not join … in 2015") or a bound
  // ("before 2016" is neither 2016 nor against 2015) is never confirmed; a planned event ("is set
  // to join … in 2016"), a bound, a range, "around" or the joining of a part is never contradicted.
  let prose = checkYear(ctx, y);
  const bound = t.rel === 'before' || t.rel === 'after';
  // "joined Lake Lab's board in 2016", "加入…董事会": a part of the organisation, not the
  // organisation.
  const cueEnd = t.cue?.end;
  const part = ctx.x.entities.some((c) =>
    ctx.x.lang === 'zh'
      ? cueEnd !== undefined &&
        c.start >= cueEnd &&
        c.start - cueEnd <= 4 &&
        /^的?(董事会|董事局|理事会|顾问委员会|委员会|分公司|分部|办公室)/.test(
          ctx.x.sentence.slice(c.end),
        )
      : c.start >= (cueEnd ?? y.end) &&
        c.end <= y.start &&
        /^['’]s\s/.test(ctx.x.sentence.slice(c.end)),
  );
  const loose = bound || part || t.rel === 'between' || t.rel === 'about';
  if (
    ((t.negated || bound) && prose.verdict === 'matches') ||
    ((t.hedged || loose) && prose.verdict === 'differs')
  )
    prose = { ...base, verdict: 'unknown' };
  return { ...prose, event: t.event, claimTime: t.claimTime, factTime: prose.datasetValue };
}

interface Ctx {
  e: EntityRecord;
  x: Extracted;
  statements: Statement[];
  co: Set<string>;
  words: Set<string>;
  person: boolean;
  objectOf: (id: string | undefined) => EntityRecord | undefined;
}

/**
 * Is `part` a part of the organisation `whole`: by a part_of relation, or by a name that starts
 * with one of the whole's names ("Google China", "Microsoft Research Asia")?
 */
function isPartOf(part: EntityRecord | undefined, whole: string | undefined, names: string[]) {
  if (!part || !whole) return false;
  if (
    part.relations.some((r) => r.type === 'part_of' && r.direction === 'out' && r.other === whole)
  )
    return true;
  return namesOfEntity(part).some((p) =>
    names.some((n) => n.length >= 3 && p.toLowerCase().startsWith(`${n.toLowerCase()} `)),
  );
}

/** Every name of an entity, to recognise it in a statement's free-text detail. */
function namesOfEntity(e: EntityRecord | undefined): string[] {
  if (!e) return [];
  return [e.name, ...e.aliases.map((a) => a.text), e.native?.hans, e.native?.hant].filter(
    (n): n is string => !!n,
  );
}

const gap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0;

/**
 * The event word a year belongs to: in English the nearest one before it in the same clause
 * ("returned to China in 2019"), in Chinese the nearest one after it (2019年回国); otherwise the
 * nearest one either side — unless another year is nearer to that word.
 */
function cueOf(x: Extracted, y: YearMention): Cue | undefined {
  const best = nearestCue(x, y);
  if (!best) return undefined;
  const d = gap(best, y);
  // Another year that chose the same event word and is nearer to it takes it.
  if (x.years.some((o) => o !== y && gap(best, o) < d && nearestCue(x, o) === best))
    return undefined;
  return best;
}

function nearestCue(x: Extracted, y: YearMention): Cue | undefined {
  const window = x.lang === 'zh' ? 16 : 70;
  const near = x.cues.filter((c) => gap(c, y) <= window);
  const clause = near.filter((c) => {
    const between =
      c.end <= y.start ? x.sentence.slice(c.end, y.start) : x.sentence.slice(y.end, c.start);
    const side = x.lang === 'zh' ? c.start >= y.end : c.end <= y.start;
    return side && !/[,;:—，；：、]/.test(between);
  });
  const pool = clause.length > 0 ? clause : near;
  let best: Cue | undefined;
  for (const c of pool) if (!best || gap(c, y) < gap(best, y)) best = c;
  return best;
}

/** Shares a named entity or a distinctive word with the sentence. */
function anchored(ctx: Ctx, s: Statement): boolean {
  for (const id of s.entities) if (ctx.co.has(id)) return true;
  for (const w of s.words) if (ctx.words.has(w)) return true;
  return false;
}

/** A relation must point at an entity the sentence names; a fact must not name another one. */
function compatible(ctx: Ctx, s: Statement): boolean {
  if (s.relation) return ctx.co.has(s.relation.other);
  if (s.entities.size === 0 || ctx.co.size === 0) return true;
  for (const id of s.entities) if (ctx.co.has(id)) return true;
  return false;
}

type Fit = { fit: 'fit' | 'clash' | 'none'; value?: string };

function yearFit(s: Statement, y: YearMention, cls: EventClass | undefined): Fit {
  if (s.textYears.includes(y.year)) return { fit: 'fit' };
  const t = s.time;
  if (!t) {
    if (!s.relation && s.textYears.length === 1)
      return { fit: 'clash', value: `${s.textYears[0]}` };
    return { fit: 'none' };
  }
  if (t.from !== undefined && t.from === t.to)
    return t.from === y.year ? { fit: 'fit' } : { fit: 'clash', value: `${t.from}` };
  if (cls === 'left') {
    if (t.to === undefined) return { fit: 'none' };
    return t.to === y.year ? { fit: 'fit' } : { fit: 'clash', value: `${t.to}` };
  }
  if (y.since || (cls && START_EVENTS.has(cls))) {
    if (t.from === undefined) return { fit: 'none' };
    return t.from === y.year ? { fit: 'fit' } : { fit: 'clash', value: `${t.from}` };
  }
  // Without an event word, an open span ("from 2019") would cover every later year.
  if (!cls) return { fit: 'none' };
  return covers(t, y.year) ? { fit: 'fit' } : { fit: 'none' };
}

function checkYear(ctx: Ctx, y: YearMention): ClaimResult {
  const { x } = ctx;
  const base = { kind: 'year' as const, quote: y.text, start: y.start, end: y.end };
  const cue = cueOf(x, y);
  const cls = cue?.cls;
  const kind = cls === 'degree' ? degreeKind(windowAround(x, cue!, y)) : undefined;
  let relevant = ctx.statements.filter((s) =>
    cls
      ? s.classes.has(cls) && ((UNIQUE_EVENTS.has(cls) && !s.relation) || compatible(ctx, s))
      : anchored(ctx, s) && compatible(ctx, s),
  );
  if (kind) relevant = relevant.filter((s) => s.degree === undefined || s.degree === kind);
  // A role next to the year ("retired as executive chairman in 2019") narrows the statements
  // to those about that role, when there are any.
  const roles = x.roles.filter((r) => gap(r, y) <= (x.lang === 'zh' ? 12 : 40));
  // No statement about that role: the others may agree ("joined in 2015" and "appointed
  // director in 2015"), but a clash with them says nothing about the role's year.
  let otherRole = false;
  if (roles.length > 0) {
    const fam = roles.flatMap((r) => r.families);
    const narrowed = relevant.filter((s) =>
      s.relation ? roleFits(fam, s.relation.role, s.relation.type) : roleFits(fam, s.text, ''),
    );
    if (narrowed.length > 0) relevant = narrowed;
    else otherRole = true;
  }
  const fits = relevant
    .filter((s) => yearFit(s, y, cls).fit === 'fit' && supports(ctx, s, cls))
    .sort((a, b) => Number(anchored(ctx, b)) - Number(anchored(ctx, a)));
  if (fits.length > 0) {
    const best = fits[0]!;
    // Same year, different month ("May 1968" against "June 1968") for a once-only event.
    const m = best.months.get(y.year);
    if (y.month && m && m !== y.month && cls && UNIQUE_EVENTS.has(cls) && mayDiffer(ctx, y, cue!))
      return {
        ...base,
        verdict: 'differs',
        datasetValue: monthYear(m, y.year),
        evidence: evidence(best),
      };
    return { ...base, verdict: 'matches', evidence: evidence(best) };
  }
  if (!cls || otherRole || !mayDiffer(ctx, y, cue!)) return { ...base, verdict: 'unknown' };
  const sure = relevant.filter((s) => {
    if (cls === 'degree' && (!kind || s.degree !== kind)) return false;
    if (s.relation) return true;
    if (UNIQUE_EVENTS.has(cls)) return true;
    if (cls === 'founded' && !ctx.person && s.entities.size === 0) return true;
    return anchored(ctx, s);
  });
  const clashes = sure
    .map((s) => ({ s, f: yearFit(s, y, cls) }))
    .filter((c) => c.f.fit === 'clash');
  // Relations are typed ("founded Baidu"): when they speak, a fact's looser wording ("as Baidu
  // CEO, launched a programme") does not.
  const typed = clashes.filter((c) => c.s.relation);
  const pool = typed.length > 0 ? typed : clashes;
  const values = new Set(pool.map((c) => c.f.value));
  if (pool.length === 0 || values.size !== 1) return { ...base, verdict: 'unknown' };
  // Prefer a fact as the evidence shown (it has words and a quote), if one says the same.
  const shown = clashes.find((c) => !c.s.relation && c.f.value === pool[0]!.f.value) ?? pool[0]!;
  return { ...base, verdict: 'differs', datasetValue: shown.f.value, evidence: evidence(shown.s) };
}

/**
 * May a statement with the right year support the claim? Once-only events and an
 * organisation's own founding may; other events ("released … in 2024") need the sentence and the
 * statement to share a name, unless the sentence names nothing else that could tell them apart.
 */
function supports(ctx: Ctx, s: Statement, cls: EventClass | undefined): boolean {
  if (!cls || anchored(ctx, s)) return true;
  if (UNIQUE_EVENTS.has(cls)) return true;
  if (cls === 'founded' && !ctx.person && !s.relation && s.entities.size === 0) return true;
  return ctx.words.size === 0 && ctx.co.size === 0;
}

const MONTH_NAMES =
  'January February March April May June July August September October November December'.split(
    ' ',
  );
const monthYear = (m: number, y: number) => `${MONTH_NAMES[m - 1]} ${y}`;

function windowAround(x: Extracted, cue: Cue, y: YearMention): string {
  const w = x.lang === 'zh' ? 8 : 30;
  return x.sentence.slice(
    Math.max(0, Math.min(cue.start, y.start) - w),
    Math.max(cue.end, y.end) + w,
  );
}

/**
 * May this year's claim be called "differs"? Not when the sentence hedges, the year is vague,
 * the entity's mention is possessive, or the event may belong to someone else named nearer to it.
 */
function mayDiffer(ctx: Ctx, y: YearMention, cue: Cue): boolean {
  const { x } = ctx;
  if (x.hedged || y.vague || x.possessive) return false;
  const d = gap(x.mention, cue);
  // Another person named nearer to the event word than the entity: the event may be theirs.
  if (x.people.some((p) => gap(p, cue) < d)) return false;
  if (!ctx.person) {
    // For an organisation, another organisation named nearer to the event may be its subject,
    // unless the claim is about a relation between them (checked through the relation).
    const nearer = x.entities.filter((c) => gap(c, cue) < d && gap(c, cue) > 0);
    if (nearer.length > 0 && !['founded', 'joined', 'led'].includes(cue.cls)) return false;
  }
  return true;
}

/**
 * Only real claims (issue 18). "other": an amount the sentence gives to someone else — never a
 * claim. "weak": a model size, a version or a count written as a word — a claim only when the
 * dataset has the same number. "claim": an ordinary number about the entity.
 */
function numberKind(
  ctx: Ctx,
  names: Names,
  n: { start: number; end: number; text: string; unit: string },
): 'claim' | 'weak' | 'other' | 'size' {
  const s = ctx.x.sentence;
  if (ctx.x.lang === 'zh') {
    // The entity must lead the number's clause ("寒武纪开盘最高涨350.38%"), as its subject.
    const c = clauseBounds(s, n.start, true);
    const lead = s.slice(c.start, Math.max(c.start, names.self.start));
    const selfLeads =
      names.self.start >= c.start &&
      names.self.end <= n.start &&
      !/\p{Script=Han}/u.test(lead.replace(/\d+\s*[年月日]|[于在当今昨]|今天|目前|截至/gu, ''));
    // Revenue, profit or a valuation ("销售收入为8621亿元"): a claim only where the data has it.
    if (
      /(收入|营收|營收|利润|利潤|市值|估值|销售额|銷售額)[为為达達约約超过過逾]*\s*$/.test(
        s.slice(0, n.start),
      )
    )
      return 'other';
    // An age ("14岁进入…") is no claim at all, even where the data gives it.
    if (/^[岁歲]/.test(n.unit)) return 'size';
    if (!selfLeads) return 'other';
    // No unit (a stock code), a century, a duration ("拘押1028天后"), or a count of rounds or
    // times ("完成8轮融资"): a claim only where the data holds it.
    if (!n.unit || /^([世天日周週轮輪次]|个月|個月|小时|小時)/.test(n.unit)) return 'other';
    return 'claim';
  }
  // Whose number is it: the nearest name before it, relative clauses skipped.
  const rel = /,\s*(which|who|whose|that)\b[^,;]*,/g;
  const skip: { start: number; end: number }[] = [];
  const head = s.slice(0, n.start);
  for (let m = rel.exec(head); m; m = rel.exec(head))
    skip.push({ start: m.index, end: m.index + m[0].length });
  const before = [names.self, ...names.others]
    .filter((o) => o.end <= n.start && !skip.some((k) => o.start >= k.start && o.end <= k.end))
    .sort((a, b) => b.end - a.end);
  const after = s.slice(n.end);
  if (/^(parameters?|params|tokens|[bmt])$/i.test(n.unit)) return 'size';
  // An age or a duration ("26 years old", "after 17 years at Google", "the ten-year plan") is
  // no quantity of the entity's; nor a stock code ("SEHK: 0100").
  if (/^[\s-]*(years?|decades?|months?|weeks?)\b/i.test(after)) return 'size';
  if (ageOf(s, n)) return 'size';
  // A number inside a capitalised name ("Innovators Under 35", "Fortune Global 500").
  if (
    /(?<![\p{L}\d])\p{Lu}\p{L}+\s+\p{Lu}\p{L}+\s+$/u.test(
      s.slice(Math.max(0, n.start - 40), n.start),
    ) &&
    !MONTH_BEFORE.test(s.slice(0, n.start))
  )
    return 'size';
  // A valuation or revenue ("is valued at over $250 billion"): a claim only where the data has it.
  if (
    /\b(valued at|valuation of|worth|market (value|capitali[sz]ation|cap) of|revenue of|revenues of|sales of)\s+((over|about|around|some|nearly|almost|more than|less than|roughly)\s+)?$/i.test(
      s.slice(0, n.start),
    )
  )
    return 'other';
  if (
    /\b(SEHK|HKEX|NASDAQ|NYSE|SSE|SZSE|STAR|ticker|stock code)\s*:?\s*$/i.test(s.slice(0, n.start))
  )
    return 'size';
  if (/^\s*(billion|trillion|million)?[\s-]*(parameters?|params|tokens)/i.test(after))
    return 'size';
  // A day after its month ("October 9th", "November 14, 2018") is part of a date, and a
  // version after a name ("Wu Dao 2.0", "the WuDao 1.0") part of the name: neither is a quantity.
  if (MONTH_BEFORE.test(s.slice(0, n.start)) && /^\d{1,2}(st|nd|rd|th)?$/i.test(n.text.trim()))
    return 'size';
  // So is a day before its month ("on 8 January 2026").
  if (MONTH_AFTER.test(after) && /^\d{1,2}(st|nd|rd|th)?$/i.test(n.text.trim())) return 'size';
  if (/^\d+\.\d+$/.test(n.text.trim()) && /[A-Za-z][\w-]*\s$/.test(s.slice(0, n.start)))
    return 'size';
  if (before[0] !== names.self) return 'other';
  if (/^[a-z]+$/i.test(n.text.trim())) return 'weak';
  // A decimal after a word ("from 1.5 billion to 70 billion parameters"): likely a size or version.
  if (/\./.test(n.text) && /[A-Za-z][\w-]*\s$/.test(s.slice(0, n.start))) return 'weak';
  return 'claim';
}

/**
 * An age: "Ren Zhengfei, 80, founded …", "who turned 55", "when he was 26", "aged 40", "entered
 * … at 14." — no quantity of the entity's, even where the data gives it.
 */
function ageOf(s: string, n: { start: number; end: number; text: string; unit: string }) {
  const t = n.text.trim();
  if (!/^\d{1,3}$/.test(t) || Number(t) > 120) return false;
  const before = s.slice(Math.max(0, n.start - 40), n.start);
  const after = s.slice(n.end);
  if (/\p{L}\s*,\s*$/u.test(before) && /^\s*,/.test(after) && /\p{Lu}\p{L}*\s*,\s*$/u.test(before))
    return true;
  if (/\b(turn(s|ed|ing)?|aged|at the age of|when (he|she|they) (was|were))\s+$/i.test(before))
    return true;
  return /\bat\s+$/i.test(before) && /^\s*([.,;)]|and\b|$)/.test(after);
}

const MONTH_BEFORE =
  /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?\s+(the\s+)?$/i;

const MONTH_AFTER =
  /^\s*(of\s+)?(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\b/i;

function clauseBounds(s: string, at: number, zh: boolean) {
  const re = zh
    ? /[，,。；;：:！!？?]/g
    : new RegExp(EN_CLAUSE.source.replace('[;:—]', '[;:]'), 'gu');
  let start = 0;
  let end = s.length;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (m.index < at) start = m.index + 1;
    else {
      end = m.index;
      break;
    }
  }
  return { start, end };
}

function checkNumbers(ctx: Ctx, names: Names): ClaimResult[] {
  const stem = (u: string) => u.replace(/s$/, '');
  const out: ClaimResult[] = [];
  for (const n of ctx.x.numbers) {
    const kind = numberKind(ctx, names, n);
    // A model's size is the model's, not a claim about the entity (issue 18); days and
    // versions are parts of dates and names.
    if (kind === 'size') continue;
    const base = { kind: 'number' as const, quote: n.text, start: n.start, end: n.end };
    const hit = ctx.statements.find((s) =>
      s.numbers.some(
        (m) =>
          Math.abs(m.value - n.value) <= Math.abs(n.value) * 1e-9 &&
          ((n.unit && stem(m.unit) === stem(n.unit)) || anchored(ctx, s)),
      ),
    );
    // A number the dataset holds is quietly confirmed even where the sentence's grammar is
    // unclear ("BAAI built Wudao, billed as the first trillion-parameter model").
    if (hit && (kind !== 'other' || anchored(ctx, hit)))
      out.push({ ...base, verdict: 'matches', evidence: evidence(hit) });
    else if (kind === 'claim') out.push({ ...base, verdict: 'unknown' });
  }
  return out;
}

function checkRoles(ctx: Ctx, index: EntityIndex): ClaimResult[] {
  const { x } = ctx;
  const out: ClaimResult[] = [];
  const window = x.lang === 'zh' ? 14 : 50;
  for (const r of x.roles) {
    // The role belongs to the entity it is next to: for a person, an organisation (director
    // of BIGAI); for an organisation, a person (BIGAI director Zhu).
    const wanted = x.entities.filter((c) => index.isPerson(c.id) !== ctx.person);
    const near = wanted.filter((c) => gap(c, r) <= window).sort((a, b) => gap(a, r) - gap(b, r))[0];
    if (!near && !ctx.person) continue;
    if (!near && gap(x.mention, r) > window) continue;
    // "Zhu's student": the role is the possessed person's, not the entity's.
    if (x.possessive && r.start >= x.mention.end && gap(x.mention, r) <= 12) continue;
    const owner = near && !ctx.person ? near : x.mention;
    // A role closer to another person than to its owner is theirs.
    if (x.people.some((p) => gap(p, r) < gap(owner, r) && (!near || p.start !== near.start)))
      continue;
    const base = {
      kind: 'role' as const,
      quote: r.text,
      start: r.start,
      end: r.end,
      about: near?.id,
    };
    const rel = ctx.statements.find(
      (s) =>
        s.relation &&
        (!near || s.relation.other === near.id) &&
        roleFits(r.families, s.relation.role, s.relation.type),
    );
    const fact =
      rel ??
      ctx.statements.find(
        (s) =>
          !s.relation &&
          (!near || s.entities.has(near.id)) &&
          roleFits(r.families, s.text, '') &&
          (near !== undefined || !/\b(was|former(ly)?|previously)\b/i.test(s.text)),
      );
    const { about: _about, ...claim } = base;
    out.push(
      fact
        ? {
            ...claim,
            quote: near ? joinQuote(x.sentence, r, near) : r.text,
            verdict: 'matches',
            evidence: evidence(fact),
          }
        : { ...claim, quote: near ? joinQuote(x.sentence, r, near) : r.text, verdict: 'unknown' },
    );
  }
  return out;
}

/** "director of BIGAI": the role and its organisation as one quote, when they are close. */
function joinQuote(
  s: string,
  a: { start: number; end: number },
  b: { start: number; end: number },
) {
  return s.slice(Math.min(a.start, b.start), Math.max(a.end, b.end));
}

function checkEntities(ctx: Ctx, done: ClaimResult[]): ClaimResult[] {
  const out: ClaimResult[] = [];
  const seen = new Set<string>();
  for (const c of ctx.x.entities) {
    if (seen.has(c.id)) continue;
    seen.add(c.id);
    // Already checked as part of a role ("director of BIGAI").
    if (done.some((d) => d.kind === 'role' && d.quote.includes(c.text))) continue;
    const base = { kind: 'entity' as const, quote: c.text, start: c.start, end: c.end };
    const s =
      ctx.statements.find((s) => s.relation?.other === c.id) ??
      ctx.statements.find((s) => !s.relation && s.entities.has(c.id));
    out.push(
      s ? { ...base, verdict: 'matches', evidence: evidence(s) } : { ...base, verdict: 'unknown' },
    );
  }
  return out;
}
