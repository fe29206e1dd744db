/**
 * Typed claims: what a sentence says happened to an entity and when, in the dataset's own event
 * types (founded, born, left, returned, listed, …), and whose event it is. The checker compares
 * these with the typed statements on facts (lib/dataset/schema.ts `StatementSchema`).
 *
 * English is parsed with compromise's sentence and number readers in extract.ts and the rules
 * below; Chinese with rules. All of this runs in the worker.
 */
import type { EventType } from '../dataset/schema';
import type { Extracted, YearMention } from './extract';
import { degreeKind, ENTRY_WORD, type Cue, type DegreeKind, type EventClass } from './lexicon';

/** How the year relates to the event: "in 2019", "before 2010", "until 2020", "between … and …". */
export type DateRel = 'on' | 'before' | 'after' | 'until' | 'since' | 'between' | 'about';

export interface TypedClaim {
  /** The claim's own event type. */
  event: EventType;
  /** Statement types it may be compared with ("moved to Beijing" ~ "returned to China"). */
  types: EventType[];
  rel: DateRel;
  year: number;
  month?: number;
  /** The range's other end ("between 2012 and 2014"). */
  yearTo?: number;
  /** The entity the event is about on the other side ("left UCLA": ucla). */
  object?: string;
  /** Inferred without an event word: no verdict of its own where no statement fits its object. */
  soft?: boolean;
  /** A reading that only a statement naming its object confirms; else no claim at all. */
  unsure?: boolean;
  /** A name right after the event word that is no known entity ("joined Facebook"). */
  objectText?: string;
  /**
   * English foundings: the words after the founding word up to its time, place or partners
   * ("Lumen Labs", "Facebook's FAIR lab", "the company"); empty in the passive.
   */
  foundedWords?: string;
  /** Words that name the product of a release ("DeepSeek-R1"). */
  window: string;
  negated: boolean;
  /** Modal, future or reported: may agree, never differs. */
  hedged: boolean;
  cue?: Cue;
  /** As written: "2017", "before 2010", "May 1968". */
  claimTime: string;
  /** An entry to a school ("entered USTC in 1985", "考入"): compared only with entries. */
  entry?: boolean;
  /** A reading that may agree with a statement, never differ from one. */
  agreeOnly?: boolean;
  /** A degree's level as the sentence gives it ("B.S. … in 1967", "1998年获…硕士学位"). */
  degree?: DegreeKind;
}

export interface Names {
  /** The card's entity's mention. */
  self: { start: number; end: number };
  /** Other named things: known entities, people, capitalised names. */
  others: { start: number; end: number; id?: string }[];
}

const gap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0;

/**
 * Clause breaks. A period ends a clause only when it ends a word of more than one letter that is
 * not an abbreviation: "B.S. from", "Ph.D. at", "U.S. firm", "Inc. in" go on. The comma between a
 * day and its year ("December 3, 1961") is part of the date.
 */
export const EN_CLAUSE =
  /[;:—]|,(?=\s)(?!(?<=\d(?:st|nd|rd|th)?,)\s+(?:1[89]|20)\d{2}\b)|(?<!(?:^|[^\p{L}])(?:\p{L}|Inc|Co|Corp|Ltd|Dr|Mr|Ms|Mrs|Prof|Jr|Sr|St|No|vs|etc|Ph\.D|Dept|Univ|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec))\.\s/gu;
const ZH_CLAUSE = /[，,。；;：:！!？?、]/g;

/** Clause bounds around an offset. */
function clauseOf(s: string, at: number, zh: boolean): { start: number; end: number } {
  const re = zh ? ZH_CLAUSE : EN_CLAUSE;
  let start = 0;
  let end = s.length;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (m.index < at) start = m.index + m[0].length;
    else {
      end = m.index;
      break;
    }
  }
  return { start, end };
}

const COUNTRY =
  /^\s*(the\s+)?(united states|u\.?s\.?a?\.?|america|britain|the uk|uk|canada|japan|germany|france|australia|singapore|美国|美國|英国|日本|加拿大|海外|国外)\b/i;
const ZH_COUNTRY = /^(美国|美國|英国|日本|加拿大|海外|国外|国外的)/;

/** Event words → the dataset's event types. */
function eventOf(
  cls: EventClass,
  cue: Cue,
  s: string,
  zh: boolean,
): { event: EventType; types: EventType[] } | undefined {
  const after = s.slice(cue.end, cue.end + 40);
  switch (cls) {
    case 'born':
      return { event: 'born', types: ['born'] };
    case 'died':
      return { event: 'died', types: ['died'] };
    case 'founded':
      // "launched its model Orbit-R1", "launched Kimi Chat": a release, not a founding.
      if (/^launch|^introduc|^unveil/i.test(cue.text) && RELEASE_OBJECT.test(after))
        return { event: 'released', types: ['released'] };
      return { event: 'founded', types: ['founded'] };
    case 'returned':
      return { event: 'returned', types: ['returned', 'moved'] };
    case 'moved':
      return { event: 'moved', types: ['moved', 'returned'] };
    case 'left':
      // Leaving a country is a move: compared with the return or move it was part of.
      if (zh ? ZH_COUNTRY.test(after) : COUNTRY.test(after))
        return { event: 'moved', types: ['moved', 'returned'] };
      return { event: 'left', types: ['left'] };
    case 'joined':
      return { event: 'joined', types: ['joined', 'appointed'] };
    case 'degree':
      return { event: 'studied', types: ['studied'] };
    case 'award':
      return { event: 'awarded', types: ['awarded'] };
    case 'fellow':
      return { event: 'elected', types: ['elected'] };
    case 'released':
      return { event: 'released', types: ['released'] };
    case 'listed':
      return { event: 'listed', types: ['listed'] };
    case 'sanctioned':
      return /entity list|blacklist|实体|實體/i.test(cue.text)
        ? { event: 'entity-listed', types: ['entity-listed'] }
        : undefined;
    case 'acquired':
      return { event: 'acquired', types: ['acquired'] };
    case 'renamed':
      return { event: 'renamed', types: ['renamed'] };
    case 'funded':
      return { event: 'funded', types: ['funded'] };
    case 'issued':
      return { event: 'issued', types: ['issued'] };
    case 'effective':
      return { event: 'effective', types: ['effective'] };
    default:
      return undefined;
  }
}

const RELEASE_OBJECT =
  /^\s*(its\s+|their\s+|the\s+|a\s+|an\s+)?((new|first|latest|open-source|open|reasoning|flagship)\s+)*([A-Z][\w.-]*\s+){0,2}((large\s+)?(language\s+)?models?\b|chatbot|assistant|agents?\b|app\b|product|chips?\b|llm|[A-Za-z][\w.]*-?[A-Za-z]*\d[\w.-]*|[A-Z][a-z]+\s+Chat\b)/;

/** The year's relation to the event, from the words before and after it. */
function relOf(
  s: string,
  y: YearMention,
  zh: boolean,
  years: YearMention[],
): { rel: DateRel; yearTo?: number } | 'part' {
  if (zh) {
    const before = s.slice(Math.max(0, y.start - 3), y.start);
    const after = s.slice(y.end, y.end + 8).replace(/^\s*年(\s*\d{1,2}\s*月)?/, '');
    if (/^(前|之前|以前)/.test(after)) return { rel: 'before' };
    if (/^(后|之后|以后)/.test(after)) return { rel: 'after' };
    if (/^(左右|前后|代)/.test(after)) return { rel: 'about' };
    if (/(至|到)\s*$/.test(before)) return { rel: 'until' };
    if (/(自|从|自从)\s*$/.test(before) || /^(起|以来)/.test(after)) return { rel: 'since' };
    return { rel: 'on' };
  }
  const before = s.slice(Math.max(0, y.start - 40), y.start);
  const near = before.replace(
    /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2}(st|nd|rd|th)?,?\s+)?$/i,
    '',
  );
  const next = years.find((o) => o.start > y.end && o.start - y.end <= 12);
  if (
    /\bbetween\s+$/i.test(near) &&
    next &&
    /^\s*(and|-|–|to)\s*$/i.test(s.slice(y.end, next.start))
  )
    return { rel: 'between', yearTo: next.year };
  if (
    /\bfrom\s+$/i.test(near) &&
    next &&
    /^\s*(to|-|–|until|till)\s*$/i.test(s.slice(y.end, next.start))
  )
    return { rel: 'since' };
  const prev = [...years].reverse().find((o) => o.end <= y.start && y.start - o.end <= 12);
  if (prev && /^\s*(and|to|-|–|until|till)\s*$/i.test(s.slice(prev.end, y.start))) {
    if (/\bbetween\s+[a-z]*\.?\s*$/i.test(s.slice(Math.max(0, prev.start - 12), prev.start)))
      return 'part';
    return { rel: 'until' };
  }
  if (/\bbefore\s+$|\bprior to\s+$|\bby\s+$/i.test(near)) return { rel: 'before' };
  if (/\bafter\s+$/i.test(near)) return { rel: 'after' };
  if (/\b(until|till|through)\s+$/i.test(near)) return { rel: 'until' };
  if (/\bsince\s+$/i.test(near)) return { rel: 'since' };
  if (
    /\b(around|about|circa|c\.|approximately|roughly|nearly|the early|the late|the mid|mid-)\s*$/i.test(
      near,
    )
  )
    return { rel: 'about' };
  return { rel: 'on' };
}

/**
 * The event word a year belongs to. The nearest event word in the year's clause (English: the
 * one before it; Chinese: the one after it, else before it); a year alone in its clause ("In
 * 2017, …", "2016年，…") belongs to the first event word of the next clause.
 */
export function cueFor(x: Extracted, y: YearMention): Cue | undefined {
  const zh = x.lang === 'zh';
  const s = x.sentence;
  const c = clauseOf(s, y.start, zh);
  const inClause = x.cues.filter((q) => q.start >= c.start && q.end <= c.end);
  const window = zh ? 20 : 80;
  if (inClause.length > 0) {
    const sideBefore = inClause.filter((q) => q.end <= y.start);
    const sideAfter = inClause.filter((q) => q.start >= y.end);
    const prefer = zh
      ? sideAfter.length
        ? sideAfter
        : sideBefore
      : sideBefore.length
        ? sideBefore
        : sideAfter;
    const best = prefer.sort((a, b) => gap(a, y) - gap(b, y))[0];
    // English: an event word after the year, with a later year after it in the clause, is that
    // year's ("a professor … since 2006 and became director … in 2018").
    const later =
      best &&
      !zh &&
      best.start >= y.end &&
      x.years.some((o) => o.start >= best.end && o.end <= c.end);
    // Another year nearer to the same word takes it ("launched … in 2008" vs the clause's first year).
    if (best && !later && gap(best, y) <= window) {
      const rival = x.years.find(
        (o) => o !== y && gap(best, o) < gap(best, y) && o.start >= c.start && o.end <= c.end,
      );
      if (!rival) return best;
      // The rival is a range partner: share the word.
      if (Math.abs(rival.start - y.start) <= 16) return best;
    }
    // English: a year between the event word and this one took the word ("admitted to Tsinghua
    // in 1953 and has taught there since 1958").
    const between =
      best &&
      x.years.some(
        (o) =>
          o !== y &&
          Math.abs(o.start - y.start) > 16 &&
          (best.end <= o.start ? o.end <= y.start : o.start >= y.end && o.end <= best.start),
      );
    if (best && !later && !between && !zh && gap(best, y) <= window) return best;
  }
  // "announced on May 15, 2019, that it is adding …": the date of an announcement is that of the
  // event it announces, the first event word of the that-clause.
  if (
    !zh &&
    /\b(announc\w*|said|says|confirmed|stated|declared|revealed|disclosed)\b/i.test(
      s.slice(c.start, y.start),
    ) &&
    /^[,\s]*that\b/i.test(s.slice(c.end))
  ) {
    const n = clauseOf(
      s,
      c.end + 1 + (s.slice(c.end + 1).length - s.slice(c.end + 1).trimStart().length),
      zh,
    );
    const first = x.cues
      .filter((q) => q.start >= n.start && q.end <= n.end)
      .sort((a, b) => a.start - b.start)[0];
    if (first) return first;
  }
  // A year that is alone in its clause: the next clause's first event word.
  const rest = s.slice(c.start, c.end).replace(/\d{4}|年|月|日|\d+|\s/g, '');
  const isDateClause = zh
    ? rest.replace(/[于在]/g, '').length <= 1
    : /^\s*(in|on|by|since|from|as of)?\s*((early|late|mid-?)\s*)?([a-z]+\.?\s+)?(\d{1,2}(st|nd|rd|th)?,?\s+)?(1[89]\d{2}|20\d{2})\s*$/i.test(
        s.slice(c.start, c.end).replace(/[.!?"”’)]+\s*$/, ''),
      );
  if (isDateClause) {
    // "In 2016, a year after Zhu joined BIGAI, …": an event the clause places after (or before)
    // another time is not at the fronted date.
    const next = x.cues
      .filter(
        (q) =>
          q.start >= c.end &&
          (zh || !RELATIVE_TIME.test(s.slice(clauseOf(s, q.start, zh).start, q.start))),
      )
      .sort((a, b) => a.start - b.start)[0];
    if (next) {
      const n = clauseOf(s, next.start, zh);
      // The next clause; one further on only past clauses that are no predicate of their own.
      const between = s.slice(c.end + 1, n.start).replace(/[\s,，、]+$/u, '');
      if (n.start - c.end <= 3) return next;
      if (
        !x.years.some((o) => o.start > c.end && o.end <= n.start) &&
        splitOf(between, zh).every((part) => framing(part, zh))
      )
        return next;
    }
    // "joined Microsoft Research in Redmond, Washington, in 1996.": a date closing the sentence
    // belongs to the event word before it, when no other year or sentence break lies between.
    // So does one before the passive's agent ("was established a year ago, in March 2023, by …").
    // Only a date with its preposition: a bare dateline ("… conference in Beijing, March 14,
    // 2024.") is no event's.
    if (
      !zh &&
      /^\s*(in|on)\s/i.test(s.slice(c.start, c.end)) &&
      (/^[\s.!?"”’)]*$/.test(s.slice(c.end)) || /^,\s*by\s/i.test(s.slice(c.end)))
    ) {
      const prev = x.cues.filter((q) => q.end <= c.start).sort((a, b) => b.end - a.end)[0];
      if (
        prev &&
        c.start - prev.end <= 60 &&
        !/[.;:!?]\s/.test(s.slice(prev.end, c.start)) &&
        !x.years.some((o) => o !== y && o.start >= prev.end && o.end <= c.start)
      )
        return prev;
    }
  }
  return undefined;
}

const RELATIVE_TIME =
  /^\W*((a|an|one|two|three|four|five|\d+|several|some|a few)\s+(years?|months?|decades?|weeks?|days?)\s+)?(after|before|following|prior to|since|until|till)\b/i;

/** A text's clauses. */
function splitOf(t: string, zh: boolean): string[] {
  return t.split(new RegExp((zh ? ZH_CLAUSE : EN_CLAUSE).source, zh ? 'g' : 'gu'));
}

/**
 * A clause between a fronted date and its event that is no predicate of its own: the subject
 * set off by a comma ("In May 2019, the Bureau … (BIS) of the Department of Commerce, first
 * added …"), a prepositional frame ("In May 2023, with High-Flyer as an investor, the lab
 * became …"); in Chinese a time clause ("…在被拘押1028天后，…回国"). A clause with a verb of its
 * own ("In 2021, he started buying chips, then launched …") keeps the date.
 */
function framing(part: string, zh: boolean): boolean {
  if (zh) return /(后|後|之后|以后|时|時|期间|之际)\s*$/.test(part);
  const words = part.replace(/\([^)]*\)/g, ' ');
  return !/\b([a-z]+ed|was|were|is|are|had|has|have|did|does|began|became|built|made|took|won|left|grew|bought|sold|ran|led|went|got|gave|said|told|spent|kept|then|and then)\b/.test(
    words,
  );
}

const EN_NEGATION = /\b(not|never|no longer)\b|n['’]t\b/i;
const EN_MODAL =
  /\b(may(?!\s+\d)|might|could|would|will|should|plans?|planned|planning|expected|expects|reportedly|allegedly|rumou?red|possibly|perhaps|probably|to return|is to|are to|set to)\b/i;
const ZH_NEGATION = /未|没有|没|并非|不是|并未|从未/;
const ZH_MODAL = /将|计划|预计|可能|或许|据称|传闻|拟/;

/** The typed claim a year makes, if it has an event word; "other" when it is another entity's. */
export function typedClaim(
  x: Extracted,
  y: YearMention,
  names: Names,
  person: boolean,
): TypedClaim | 'other' | undefined {
  const zh = x.lang === 'zh';
  const s = x.sentence;
  let r = relOf(s, y, zh, x.years);
  // "worked at Infoseek between 1997 and 1999", "Between 2005 and 2009, X was president of …":
  // a range without an event word is a person's span there — its first year the joining, its
  // last the leaving, compared only where the data has them and never differing (a range may
  // be part of the span). With an event word, the range dates one event ("founded between …").
  const span = !zh && person && !cueFor(x, y) && names.others.length > 0;
  if (r === 'part') {
    if (!span) return 'other';
    r = { rel: 'until' };
  } else if (r.rel === 'between' && span) r = { rel: 'since' };
  const rangeSpan = span && /\bbetween\b/i.test(s.slice(Math.max(0, y.start - 30), y.start));
  let cue = cueFor(x, y);
  let ev = cue ? eventOf(cue.cls, cue, s, zh) : undefined;
  let soft = false;
  // 诞生 said of a person is a birth, of an organisation its founding.
  if (ev && cue && person && /^(诞生|誕生)$/.test(cue.text))
    ev = { event: 'born', types: ['born'] };
  // 启动 (a programme's launch may follow its founding) and a return to a city (回到北京 may be
  // any trip back): may agree, never differ.
  const looseWord = !!cue && /^(启动|回到了?(北京|上海|深圳|杭州|广州|廣州))$/.test(cue.text);
  // "taught at UCLA until 2020", "From 2002 to 2020, … at UCLA": the end of a span is a leaving.
  if (!ev && r.rel === 'until' && (names.others.some((o) => o.id) || rangeSpan)) {
    ev = { event: 'left', types: ['left'] };
    cue = undefined;
    soft = rangeSpan;
  }
  // "served as Baidu president from 2012 until 2019": a person's span at an organisation starts
  // with joining it — compared only where the data has that joining (`soft`), else as before.
  if (
    !ev &&
    !zh &&
    person &&
    r.rel === 'since' &&
    ((/\bfrom\s+$/i.test(s.slice(Math.max(0, y.start - 8), y.start)) &&
      names.others.some((o) => o.id)) ||
      rangeSpan)
  ) {
    ev = { event: 'joined', types: ['joined', 'appointed'] };
    cue = undefined;
    soft = true;
  }
  // "who has been Baidu's chief executive since 2004", "a professor at PKU since 2006": a post
  // held since a year began then or later (a promotion) — may agree with the joining or
  // appointment there, never differ.
  let agreeOnly = looseWord || rangeSpan;
  if (!ev && !zh && person && r.rel === 'since' && names.others.some((o) => o.id)) {
    const yc = clauseOf(s, y.start, zh);
    if (x.roles.some((q) => q.start >= yc.start && q.end <= y.start)) {
      ev = { event: 'joined', types: ['joined', 'appointed'] };
      cue = undefined;
      soft = true;
      agreeOnly = true;
    }
  }
  if (!ev) return undefined;
  // "Acme launched Nova Chat": launching a name other than the organisation's own is a release
  // — compared where a release names it, else no claim (it may be a lab or a fund).
  let unsure = false;
  if (
    ev.event === 'founded' &&
    cue &&
    !person &&
    !zh &&
    /^(launch|introduc|unveil)/i.test(cue.text) &&
    namedObjectAfter(s, cue, clauseOf(s, cue.start, zh), names, zh)
  ) {
    ev = { event: 'released', types: ['released'] };
    unsure = true;
  }
  if (cue && bracketOfAnother(s, y, cue, names.self)) return 'other';
  if (cue && !aboutSelf(x, cue, names, ev.event, person)) return 'other';
  if (!cue && !aboutSelfNoCue(x, y, names)) return 'other';
  const c = clauseOf(s, cue ? cue.start : y.start, zh);
  const clause = s.slice(Math.min(c.start, cue?.start ?? y.start), Math.max(c.end, y.end));
  const beforeCue = cue ? s.slice(Math.max(c.start, cue.start - 30), cue.start) : '';
  let negated = zh ? ZH_NEGATION.test(beforeCue) : EN_NEGATION.test(beforeCue);
  // "was not placed on the Entity List until 2019": not before, so in 2019 — no denial.
  if (
    negated &&
    !zh &&
    r.rel === 'until' &&
    /\b(until|till)\s+([a-z]+\.?\s+)?(\d{1,2}(st|nd|rd|th)?,?\s+)?$/i.test(
      s.slice(Math.max(0, y.start - 30), y.start),
    )
  ) {
    negated = false;
    r = { rel: 'on' };
  }
  const hedged = zh
    ? ZH_MODAL.test(
        withoutDisposal(s, names).slice(s.indexOf(clause), s.indexOf(clause) + clause.length),
      )
    : EN_MODAL.test(
        withoutNames(s, names).slice(s.indexOf(clause), s.indexOf(clause) + clause.length),
      ) ||
      EN_MODAL.test(
        cue ? withoutNames(s, names).slice(Math.max(c.start, cue.start - 30), cue.start) : '',
      );
  // "who ran Kingsoft from 2011 to 2016, became … of BAAI": a span without an event word is at
  // the name in its own clause before the year, not the nearest one elsewhere.
  const spanAt = cue ? undefined : nameInClauseBefore(names, y, clauseOf(s, y.start, zh));
  let object = !cue
    ? spanAt
      ? spanAt.id
      : nearestObject(names, y)
    : (person && ev.event === 'founded' && byAgent(s, cue, names.self)) ||
        (person && HIRING.test(cue.text) && names.self.start >= cue.end)
      ? subjectBefore(names, cue, s, zh)
      : (objectOf(names, cue, s, zh) ??
        (ev.event === 'founded' && !zh
          ? (objectInWords(names, cue, s) ?? antecedentOf(names, cue, s)?.id)
          : undefined));
  // "handed over the CEO's post to Zhang": the name after is the successor, not the place left;
  // the post's organisation is not named, so any leaving of the person's may agree, none differs.
  const handover = !!cue && /^(hand|passed)/i.test(cue.text);
  if (handover) {
    object = undefined;
    agreeOnly = true;
  }
  const objectText =
    cue && !object && !zh && !handover
      ? unknownObject(names, cue, s)
      : spanAt && !spanAt.id
        ? s.slice(spanAt.start, spanAt.end)
        : undefined;
  const antecedent = cue && ev.event === 'founded' && !zh ? antecedentOf(names, cue, s) : undefined;
  const foundedWords =
    cue && ev.event === 'founded' && !zh
      ? wordsAfterFounding(s, cue) || (antecedent ? s.slice(antecedent.start, antecedent.end) : '')
      : undefined;
  const monthText = y.month ? `${MONTH_NAMES[y.month - 1]} ` : '';
  const claimTime =
    r.rel === 'between'
      ? `between ${y.year} and ${r.yearTo}`
      : r.rel === 'on'
        ? `${monthText}${y.year}`
        : `${r.rel} ${monthText}${y.year}`;
  // The degree's level: the event word's own ("Ph.D.", "硕士"), else the level word nearest to
  // the year between the event word (or a few words before it: "Master of Arts (M.A.) degree in
  // physics in 1969") and the year; in Chinese, a few characters past the word ("1998年获…硕士学位").
  const degree =
    ev.event === 'studied' && cue
      ? (degreeKind(cue.text) ??
        (zh
          ? degreeKind(s.slice(Math.min(cue.start, y.start), Math.max(cue.end, y.end) + 4))
          : nearestLevel(s.slice(Math.max(c.start, Math.min(cue.start, y.start) - 40), y.start))))
      : undefined;
  const entry = ev.event === 'studied' && cue !== undefined && ENTRY_WORD.test(cue.text);
  return {
    ...ev,
    degree: entry ? undefined : degree,
    entry,
    agreeOnly,
    rel: r.rel,
    yearTo: r.yearTo,
    year: y.year,
    month: y.month,
    object,
    objectText,
    foundedWords,
    soft,
    unsure,
    window: s.slice(
      Math.max(c.start, Math.min(cue?.start ?? y.start, y.start) - 60),
      Math.min(c.end, Math.max(cue?.end ?? 0, y.end) + 60),
    ),
    negated,
    hedged,
    cue,
    claimTime,
  };
}

/** The level of the last degree word in an English text ("… Master of Arts (M.A.) degree in …"). */
function nearestLevel(t: string): DegreeKind | undefined {
  const words = [
    ...t.matchAll(
      /\bph\.?\s?d\b|\bdoctor\w*|\bmaster'?s?\b|\bm\.[as]\.|\bm\.?sc\b|\bbachelor'?s?\b|\bb\.?sc?\b|\bundergraduate\b/gi,
    ),
  ];
  const last = words[words.length - 1];
  return last ? degreeKind(last[0]) : undefined;
}

export const MONTH_NAMES =
  'January February March April May June July August September October November December'.split(
    ' ',
  );

/** The known entity right after an event word ("left UCLA", "离开加州大学洛杉矶分校"). */
function objectOf(names: Names, cue: Cue, s: string, zh: boolean): string | undefined {
  // "became Baidu CEO": a name inside the event words is their object.
  const within = names.others.find((n) => n.id && n.start >= cue.start && n.end <= cue.end);
  if (within) return within.id;
  const o = names.others
    .filter((n) => n.id && n.start >= cue.end && n.start - cue.end <= (zh ? 4 : 12))
    .sort((a, b) => a.start - b.start)[0];
  if (
    o &&
    /^\s*(the\s+|了\s*)?$/i.test(s.slice(cue.end, o.start).replace(/^\s*(from|of|at)\b/i, ''))
  )
    return o.id;
  return undefined;
}

/** A capitalised name that is no known entity right after the event word ("joined Facebook"). */
function unknownObject(names: Names, cue: Cue, s: string): string | undefined {
  const o = names.others
    .filter((n) => !n.id && n.start >= cue.end && n.start - cue.end <= 12)
    .sort((a, b) => a.start - b.start)[0];
  if (!o || !/^\s*(the\s+)?$/i.test(s.slice(cue.end, o.start))) return undefined;
  return s.slice(o.start, o.end);
}

/**
 * The sentence with its capitalised names blanked: a modal word inside a name ("the Thousand
 * Talents Plan", "Made in China 2025 … Plan") does not hedge the claim.
 */
function withoutNames(s: string, names: Names): string {
  let out = s;
  for (const n of [names.self, ...names.others])
    if (/^\p{Lu}/u.test(s.slice(n.start, n.end)))
      out = out.slice(0, n.start) + ' '.repeat(n.end - n.start) + out.slice(n.end);
  return out;
}

/**
 * "将华为列入实体清单": 将 right before a name marks the verb's object (like 把), not the future
 * ("将于明年上市"). Such 将 are blanked so that they do not hedge the claim.
 */
function withoutDisposal(s: string, names: Names): string {
  const starts = new Set([names.self, ...names.others].map((n) => n.start));
  return s.replace(/将/g, (m, at: number) => (starts.has(at + 1) ? '把' : m));
}

/**
 * The known name right before a passive founding word: what was founded ("BIGAI was founded by").
 * Not a name a preposition governs ("Incubated at the Chinese University of Hong Kong, the giant
 * was founded by …": the university was not founded).
 */
function subjectBefore(names: Names, cue: Cue, s: string, zh: boolean): string | undefined {
  return names.others
    .filter((n) => n.id && n.end <= cue.start && subjectLike(s, n, zh))
    .sort((a, b) => b.end - a.end)[0]?.id;
}

/**
 * "co-founded the quantitative hedge fund High-Flyer in 2015": a known name among the words
 * naming what was founded, past their description.
 */
function objectInWords(names: Names, cue: Cue, s: string): string | undefined {
  const end = cue.end + wordsAfterFounding(s, cue).length + 1;
  return names.others
    .filter((n) => n.id && n.start >= cue.end && n.end <= end)
    .sort((a, b) => a.start - b.start)[0]?.id;
}

/**
 * "ImageNet, which Fei-Fei Li launched in 2009, …": in a relative clause whose verb has no
 * object after it, what was founded or launched is the antecedent.
 */
function antecedentOf(names: Names, cue: Cue, s: string): Names['others'][number] | undefined {
  if (wordsAfterFounding(s, cue) !== '') return undefined;
  return names.others.find((n) =>
    /^\s*,\s*(which|that)\s+[^,;()]*$/i.test(s.slice(n.end, cue.start)),
  );
}

/**
 * "co-founded the online education company Coursera in 2012 with …": the words naming what was
 * founded, up to its time, place, partners or the clause's end.
 */
function wordsAfterFounding(s: string, cue: Cue): string {
  const rest = s.slice(cue.end, cue.end + 80);
  const stop =
    /\s(in|on|at|with|by|from|as|after|before|during|since|and|while|when|which|who)\b|[,.;:()–—]/i.exec(
      rest,
    );
  return (stop ? rest.slice(0, stop.index) : rest).trim();
}

/**
 * "the KEG lab (founded in 1996)", "KEG实验室(成立于1996年)": a bracket holding the year and its
 * event word describes the words right before it; unless those are the entity's mention (or the
 * mention is inside the bracket), the event is another's.
 */
function bracketOfAnother(
  s: string,
  y: { start: number; end: number },
  cue: Cue,
  self: { start: number; end: number },
): boolean {
  const open = Math.max(s.lastIndexOf('(', y.start), s.lastIndexOf('（', y.start));
  if (open < 0) return false;
  const close = s.slice(open).search(/[)）]/);
  if (close < 0 || open + close < y.end) return false;
  if (cue.start < open || cue.end > open + close) return false;
  if (self.start > open && self.end <= open + close) return false;
  return !/^\s*$/.test(s.slice(self.end, open)) || self.end > open;
}

/** The last name in the clause before the year. */
function nameInClauseBefore(
  names: Names,
  y: { start: number; end: number },
  c: { start: number; end: number },
): Names['others'][number] | undefined {
  return names.others
    .filter((n) => n.start >= c.start && n.end <= y.start)
    .sort((a, b) => b.end - a.end)[0];
}

function nearestObject(names: Names, y: { start: number; end: number }): string | undefined {
  return names.others.filter((n) => n.id).sort((a, b) => gap(a, y) - gap(b, y))[0]?.id;
}

/** Parenthetical clauses (", which …,", "(…)") that do not hold the offset. */
function parentheticals(
  s: string,
  keep: { start: number; end: number },
): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re =
    /,\s*(which|who|whose|that|like|unlike|as well as|along with|alongside|including)\b[^,;]*,|\([^()]*\)|（[^（）]*）/gi;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (keep.start >= span.start && keep.end <= span.end) continue;
    out.push(span);
  }
  return out;
}

const FOUNDING_TYPES: EventType[] = [
  'founded',
  'listed',
  'entity-listed',
  'acquired',
  'issued',
  'effective',
];
const PERSON_EVENTS: EventType[] = [
  'born',
  'died',
  'studied',
  'joined',
  'left',
  'moved',
  'returned',
  'appointed',
  'elected',
];
const ORIGIN =
  /\b(grew|came|emerged|evolved|originated)\s+(out\s+of|from)\b|\bbegan\s+as\s+part\s+of\b|源自|源于|脱胎于|孵化自|出自/i;
const inside = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start >= b.start && a.end <= b.end;

/**
 * Is the event about the card's entity? The subject of the event word's clause must be the
 * entity: the nearest name before the word (relative clauses and brackets skipped), the name
 * after a fronted participle ("Founded in 2023 by …, DeepSeek is …"), or — for a founding, a
 * listing or an Entity-List addition — the entity as the verb's object ("Ren founded Huawei").
 */
function aboutSelf(
  x: Extracted,
  cue: Cue,
  names: Names,
  event: EventType,
  person: boolean,
): boolean {
  const s = x.sentence;
  const zh = x.lang === 'zh';
  const self = names.self;
  if (/前身|predecessor/i.test(s.slice(Math.max(0, cue.start - 30), cue.end))) return false;
  // An organisation does not join, leave, move, study or get born: a person did, at it.
  if (!person && PERSON_EVENTS.includes(event)) return false;
  // "grew out of a team set up in 2008", "源自…2008年组建的团队": the origin's founding, not the entity's.
  if (self.end <= cue.start) {
    const between = s.slice(self.end, cue.start);
    const m = ORIGIN.exec(between);
    if (m && !/[,;，；]/.test(between.slice(m.index)) && between.length - m.index < 70)
      return false;
  }
  // The entity as the object: "Ren founded Huawei", "set up DeepSeek", "创立了寒武纪".
  // Chinese also "起家的华为", "创立的深度求索": the relative clause describes the entity.
  // A Chinese company's registered name starts with its city ("成立北京中科寒武纪科技有限公司").
  const objectSlot = zh
    ? /^\s*(了\s*|的\s*)?(北京|上海|深圳|杭州|广州|廣州|南京|苏州|蘇州|合肥|天津|武汉|武漢|成都|西安|重庆|重慶|厦门|廈門|香港)?$/
    : /^\s*(the\s+|a\s+|an\s+)?(company\s+|lab\s+|firm\s+|startup\s+)?$/i;
  // "became its own company, DeepSeek", "took its current name, Lenovo": the name after the
  // comma is the company or the name.
  const isObject = (q: Cue) =>
    self.start >= q.end &&
    self.start - q.end <= 16 &&
    (objectSlot.test(s.slice(q.end, self.start)) ||
      (!zh &&
        /(company|business|firm|startup|name)$/i.test(q.text) &&
        /^\s*,\s*$/.test(s.slice(q.end, self.start))));
  // "added Huawei and its affiliates to the Entity List": the entity added is the one listed.
  if (!person && event === 'entity-listed' && !zh && self.end <= cue.start) {
    const c = clauseOf(s, cue.start, zh);
    const lead = s.slice(c.start, self.start);
    if (
      self.start >= c.start &&
      /\b(add(s|ed|ing)?|put(s|ting)?|plac(e|es|ed|ing)|includ(e|es|ed|ing))\b/i.test(lead) &&
      /\b(to|on|onto)\b/i.test(s.slice(self.end, cue.start))
    )
      return true;
  }
  // "Legend was renamed Lenovo": the new name is the entity.
  if (!person && event === 'renamed' && isObject(cue)) return true;
  // "Baidu open-sourced PaddlePaddle in 2016" on PaddlePaddle's card: the product released.
  if (!person && event === 'released' && isObject(cue)) return true;
  if (!person && FOUNDING_TYPES.includes(event)) {
    if (isObject(cue)) return true;
    // "spun off in 2016 to launch Cambricon Technologies": another founding word takes it.
    const c = clauseOf(s, cue.start, zh);
    if (x.cues.some((q) => q.cls === 'founded' && q !== cue && q.start >= c.start && isObject(q)))
      return true;
    // "成立了AI Lab", "set up its AI Lab": the founding word has an object of its own, which is
    // what was founded — not the organisation.
    if (event === 'founded' && namedObjectAfter(s, cue, c, names, zh)) return false;
    // "launched a lab", "set up its new research centre": so has an unnamed one.
    if (
      event === 'founded' &&
      !zh &&
      /^\s+(a|an|its|their|the)\s+([\w-]+\s+){0,2}(lab|laboratory|institute|cent(er|re)|company|subsidiary|fund|unit|team|division|programme|program|venture|start-?up|office|branch|school|college)s?\b/i.test(
        s.slice(cue.end, c.end),
      )
    )
      return false;
  }
  // "Tsinghua hired Andrew Yao in 2004": the person hired is the one who joined.
  if (person && event === 'joined' && HIRING.test(cue.text)) {
    if (isObject(cue)) return true;
    // "Andrew Yao hired a student": the hirer did not join anything; "was hired by" he did.
    if (
      !/\b(was|were|been|is|are|be|being|got|get)\s+$/i.test(
        s.slice(Math.max(0, cue.start - 8), cue.start),
      )
    )
      return false;
  }
  // "BIGAI was founded by Song-Chun Zhu in 2020": the person is the founder.
  if (person && event === 'founded' && byAgent(s, cue, self)) return true;
  const skip = parentheticals(s, cue);
  const named = [
    { ...self, self: true },
    ...names.others
      .filter((o) => !(o.start < self.end && self.start < o.end))
      .map((o) => ({ ...o, self: false })),
  ]
    .filter((n) => !skip.some((p) => inside(n, p)) && !(n.start < cue.end && cue.start < n.end))
    .filter((n) => n.self || subjectLike(s, n, zh))
    // "卸任阿里巴巴CEO,2019年…卸任董事局主席": a name right after an event word is its object,
    // no subject for a later clause.
    .filter(
      (n) =>
        n.self ||
        !zh ||
        (!x.cues.some((q) => q.end <= n.start && /^\s*了?\s*$/.test(s.slice(q.end, n.start))) &&
          // "获得了中国科学技术大学学士学位", "攻读了麻省理工学院博士": the school is the object.
          !/(获得|获|取得|攻读|考入|进入|就读于|毕业于|畢業於)\s*了?\s*$/.test(
            s.slice(Math.max(0, n.start - 5), n.start),
          )),
    )
    // "Kaiming He, a student of Tang Xiaoou, joined …": the entity after a preposition is not
    // the subject, whoever is.
    .filter((n) => !n.self || zh || !GOVERNED_EN.test(s.slice(Math.max(0, n.start - 16), n.start)));
  // A fronted participle: "Founded in 2023 by Liang Wenfeng, DeepSeek is …".
  if (!zh) {
    const lead = s.slice(0, cue.start).replace(/^.*[:;—]\s*/s, '');
    // "Having left UCLA in 2019, Zhu …", "After leaving UCLA, …", "Upon returning …" too.
    if (
      /^\s*((originally|first|formally|officially|having( been)?|after|upon|on|since|when|before)\s+)?$/i.test(
        lead,
      )
    ) {
      const comma = afterFrontedClause(s, cue.end);
      if (comma < 0) return false;
      const later = named.filter((n) => n.start > comma).sort((a, b) => a.start - b.start);
      const head = later.find((n) =>
        /,\s*(the\s+)?$/i.test(s.slice(Math.max(0, n.start - 8), n.start)),
      );
      return (head ?? later[0])?.self === true;
    }
  }
  // "Zhipu AI, which Tang Jie co-founded in 2019, …": the antecedent is what was founded.
  if (
    FOUNDING_TYPES.includes(event) &&
    self.end <= cue.start &&
    /^\s*,\s*(which|that)\s+[^,;]*$/i.test(s.slice(self.end, cue.start))
  )
    return true;
  // "worked with Lake Lab, which was founded in 2011", "met Zhang, who joined …": the relative
  // clause's event is its antecedent's, even when the antecedent (after "with") is no subject.
  if (
    !zh &&
    names.others.some(
      (o) =>
        o.end <= cue.start &&
        o.start >= self.end &&
        /^\s*,\s*(which|that|who)\s+[^,;]*$/i.test(s.slice(o.end, cue.start)),
    )
  )
    return false;
  const c = clauseOf(s, cue.start, zh);
  const before = named.filter((n) => n.end <= cue.start).sort((a, b) => b.end - a.end);
  const nearest = before[0];
  if (nearest) {
    if (!nearest.self) {
      // "Zhu, who returned …" is fine; "Cadence, which sold to Huawei, agreed …" skipped above.
      return false;
    }
    // "Zhu's student returned …": the possessed person's event, unless it is a release of the
    // entity's own product ("DeepSeek's V3 model was released").
    if (/^['’]s\b|^的/.test(s.slice(self.end)) && event !== 'released' && self.end <= cue.start) {
      const between = s.slice(self.end, cue.start);
      if (!/^['’]s\s+(own\s+)?(founding|establishment|launch|listing|ipo)/i.test(between))
        return false;
    }
    // Chinese: the subject must be in the event's clause, or the clause has no subject of its own.
    return true;
  }
  // No name before the event word: the entity right after it ("两兄弟创立了寒武纪" handled above),
  // or the sentence's topic when the clause names nobody ("朱松纯，……，于2020年踏上归途").
  const inClause = named.filter((n) => n.start >= c.start && n.end <= c.end);
  if (inClause.length === 0) {
    const first = named.sort((a, b) => a.start - b.start)[0];
    return first?.self === true && first.end <= c.start;
  }
  // A name after the event word in the clause: "In 2017, left …" — Chinese "于2017年离开美国" has
  // the subject earlier; accept the entity when it is the first name of the clause.
  const first = inClause.sort((a, b) => a.start - b.start)[0]!;
  return first.self && (event !== 'founded' || isObject(cue));
}

/** A name (or, in Chinese, Latin letters) right after a founding word, other than the entity. */
function namedObjectAfter(
  s: string,
  cue: Cue,
  c: { start: number; end: number },
  names: Names,
  zh: boolean,
): boolean {
  const rest = s.slice(cue.end, c.end);
  const lead = zh
    ? /^\s*了?\s*/
    : /^\s+((its|their|his|her|a|an|the|new)\s+)?((?!(in|on|at|by|with|from|as|after|before|since|during|under|for|to|of|and|or)\b)[a-z-]+\s+){0,2}/;
  const at = cue.end + (lead.exec(rest)?.[0].length ?? 0);
  if (at >= c.end || (names.self.start <= at && at < names.self.end)) return false;
  if (names.others.some((n) => n.start === at)) return true;
  return zh ? /^[A-Z][A-Za-z]/.test(s.slice(at)) : false;
}

/**
 * Where a fronted clause ends: its first comma, or after a dash pair it holds ("Since joining
 * Baidu in 2014 – in something of a coup – Ng has led …").
 */
function afterFrontedClause(s: string, from: number): number {
  const m = /,|\s[–—]\s/.exec(s.slice(from));
  if (!m) return -1;
  const at = from + m.index;
  if (m[0] === ',') return at;
  const again = s.indexOf(m[0], at + m[0].length);
  return again < 0 ? at : again + m[0].length - 1;
}

const HIRING = /^(hired|recruited|appointed|poached|named)$/i;

/** The entity is the agent after a passive founding word: "founded (in 2020) by Zhu". */
function byAgent(s: string, cue: Cue, self: { start: number; end: number }): boolean {
  if (self.start < cue.end) return false;
  const between = s.slice(cue.end, self.start);
  if (/^\s*(in\s+(\w+\s+)?\d{4}\s+)?by\s+$/i.test(between)) return true;
  // "was founded in 2011 by three graduates – Yin, Tang and Yang", "established just over a year
  // ago, in March 2023, by Yang Zhilin": time words before "by", the agents' apposition after it.
  const by = /(^|\s)by\s/i.exec(between);
  if (!by) return false;
  const pre = between.slice(0, by.index);
  const post = between.slice(by.index);
  return (
    pre.length <= 50 &&
    /^[\s\w,.]*$/.test(pre) &&
    !/[.;]\s/.test(pre) &&
    post.length <= 120 &&
    !/[.;!?]\s|\b(who|which|whose|that)\b/i.test(post)
  );
}

/** A preposition right before a name: it governs the name, which is then no subject. */
const GOVERNED_EN = /\b(of|at|with|for|from|by|to|under|like|than|about)\s+(the\s+)?$/i;

/**
 * Could this name be a clause's subject? Not when a verb or preposition governs it ("left UCLA",
 * "at the Chinese Academy of Sciences", "like SenseTime", "由梁文锋", "与华为").
 */
export function subjectLike(s: string, n: { start: number; end: number }, zh: boolean): boolean {
  const before = s.slice(Math.max(0, n.start - 24), n.start);
  // "born in Longyan, Fujian, founded …": a region after a place a preposition governs.
  if (
    !zh &&
    /\b(in|at|from|near)\s+[A-Z][\p{L}.'’-]*(\s+[A-Z][\p{L}.'’-]*)*,\s*$/u.test(
      s.slice(Math.max(0, n.start - 40), n.start),
    )
  )
    return false;
  if (zh)
    // "由陈天石和其兄陈云霁联合创立": every name after 由/被 up to the verb is its agent.
    // A 的 ends the agents after their verb ("由梁文锋创立的深度求索", "由他主导的…"), not in a
    // description before them ("由毕业于中科大的陈天石…创办": no agent yet before the 的).
    return (
      !/(由|被|与|和|向|对|给|从|在|为)\s*$/.test(before) &&
      !/(由|被)[^，,。；;：:的]*$/.test(before) &&
      !describedAgent(before)
    );
  if (/^\s*$/.test(before)) return true;
  // "Zhu said Star Group joined …", "told reporters Star Group …": what was said has its own
  // subject.
  if (
    /\b(say|says|said|saying|announced|announces|reported|reports|noted|notes|added|adds|recalled|recalls|explained|explains|claimed|claims|(told|tells)\s+[\p{L}-]+)\s+((the|a|an)\s+)?$/iu.test(
      before,
    )
  )
    return true;
  return /(^|[,;:(—–-]\s*|\b(and|but|while|when|after|before|since|because|that|which|who|so|then|also)\s+)((the|a|an)\s+)?$/i.test(
    before,
  );
}

/** "由毕业于中科大少年班的陈天石": after 由, a 的-phrase with no agent or founding verb yet. */
function describedAgent(before: string): boolean {
  const m = /(由|被)([^，,。；;：:]*)的[^，,。；;：:的]*$/.exec(before);
  if (!m) return false;
  return !/他|她|其|创立|成立|创办|创建|组建|建立|創立|創辦|創建|发起|發起|设立|設立/.test(m[2]!);
}

/**
 * A year without an event word belongs to the subject before it. When that subject is another
 * name ("Cadence, which sold tools to Huawei, agreed to pay … in 2025", "After Huawei internalised
 * NPUs in 2019, Cambricon …"), the year is not about the entity and gives no claim. English only:
 * Chinese names outside the dictionary are not seen, so the subject cannot be told.
 */
export function yearOfAnother(x: Extracted, y: YearMention, names: Names): boolean {
  if (x.lang === 'zh') return false;
  const s = x.sentence;
  const skip = parentheticals(s, y);
  const before = [
    { ...names.self, self: true },
    ...names.others.map((o) => ({ ...o, self: false })),
  ]
    .filter((n) => n.end <= y.start && !skip.some((p) => inside(n, p)))
    .filter((n) =>
      n.self
        ? !GOVERNED_EN.test(s.slice(Math.max(0, n.start - 16), n.start)) &&
          // "succeeded Ren as Huawei's vice-chair in 2019": a possessor is no subject.
          !/^['’]s\b/.test(s.slice(n.end))
        : subjectLike(s, n, false),
    )
    .sort((a, b) => b.end - a.end);
  return before[0] !== undefined && !before[0].self;
}

/**
 * A year used as a modifier ("after 2016 revenue growth slowed", "the 2007–2008 financial
 * crisis"): a bare year right before a noun or adjective dates that thing, not an event of the
 * entity's — no claim, unless the word is an event word ("whose 2005 hiring by Google").
 * "In 2016 researchers …" keeps its year: a preposition before it makes it the clause's date.
 */
export function modifierYear(x: Extracted, y: YearMention): boolean {
  const s = x.sentence;
  if (x.lang === 'zh') {
    // "华为2024年的销售收入", "2021年胡润百富榜", "2023年度报告": the year dates a thing.
    const rest = s.slice(y.end).replace(/^\s*年\s*/, '');
    if (x.cues.some((q) => q.start >= y.end && q.start - y.end <= 6)) return false;
    return (
      /^(度)?的/.test(rest) ||
      /^(度)?[^，。,；;、]{0,8}?(榜|报告|報告|财报|財報|年报|年報)/.test(rest)
    );
  }
  if (targetYear(s, y) || nameYear(x, y)) return true;
  if (
    /\b(in|on|during|by|from|since|until|till|through|of|as of)\s+((jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?(\d{1,2}(st|nd|rd|th)?,?\s+)?$/i.test(
      s.slice(0, y.start),
    )
  )
    return false;
  // A range's first year takes the word after its partner.
  const rest = s.slice(y.end).replace(/^\s*[–-]\s*\d{4}/, '');
  const m = /^\s+([a-z][a-z-]*)\b/.exec(rest);
  if (!m) return false;
  const at = s.length - rest.length + m[0].length - m[1]!.length;
  if (x.cues.some((q) => q.start === at)) return false;
  const w = m[1]!;
  return !NOT_A_NOUN.test(w) && !/(ed|ly)$/.test(w);
}

/**
 * A target year ("setting goals for 2030", "aims to make China a power by 2049"): what someone
 * plans for, not an event of the entity's.
 */
function targetYear(s: string, y: YearMention): boolean {
  const c = clauseOf(s, y.start, false);
  const before = s.slice(Math.max(0, y.start - 100), y.start);
  return (
    /\b(goals?|targets?|objectives?|ambitions?|plans?|vision)\s+(for|by|of)\s+$/i.test(before) ||
    (/\bby\s+$/i.test(before) &&
      /\b(aims?|aiming|aimed|plans?|planning|seeks?|hopes?|wants?|intends?|goal|target)\b/i.test(
        s.slice(c.start, y.start),
      ))
  );
}

/**
 * A year inside a capitalised name ("Made in China 2025", "Vision 2030"): right after a
 * capitalised word that is no month, function word or event word.
 */
function nameYear(x: Extracted, y: YearMention): boolean {
  const m = /(?<![\p{L}\d])(\p{Lu}[\p{L}]+)\s+$/u.exec(x.sentence.slice(0, y.start));
  if (!m || m.index === 0) return false;
  if (
    FUNCTION_WORDS.test(m[1]!) ||
    /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(m[1]!)
  )
    return false;
  return !x.cues.some((q) => q.start <= m.index && q.end > m.index);
}

/** Words after a year that do not make it a modifier (function words, pronouns, auxiliaries). */
const NOT_A_NOUN =
  /^(and|or|but|nor|to|in|on|at|by|for|from|with|as|of|when|after|before|until|till|since|through|during|while|which|who|whom|whose|that|then|than|he|she|it|they|we|i|you|his|her|its|their|our|my|the|a|an|this|these|those|there|was|were|is|are|be|been|had|has|have|did|does|do|will|would|could|can|may|might|must|should|also|still|only|alone|again|already|later|earlier|onwards?|respectively|amid|among|against|under|over|into|onto|per|via|about|around|across|along|towards?|upon|within|without|where|whereas|so|yet|not|just|even|both|either|each|every|some|all|no|first|once|soon|too|instead|because|if|though|although|until)$/;

/** A span's end without an event word ("taught at UCLA until 2020"): the entity must lead. */
function aboutSelfNoCue(x: Extracted, y: YearMention, names: Names): boolean {
  const first = [names.self, ...names.others].sort((a, b) => a.start - b.start)[0];
  return first === names.self && !/^['’]s\b/.test(x.sentence.slice(names.self.end));
}

/** Capitalised names in English text that are not the entity, event or role words. */
export function properNames(
  s: string,
  skip: { start: number; end: number }[],
): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re =
    /(?<![\p{L}\d])(?:[A-Z][\p{L}\d&.'’-]*)(?:\s+(?:of|for|and|&|de)?\s*[A-Z][\p{L}\d&.'’-]*)*/gu;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    let w = m[0].replace(/['’]s$/, '');
    let start = m.index;
    // "The US Commerce Department" → "US Commerce Department"; a lone "In" is no name.
    const lead = /^(\S+)\s+/.exec(w);
    if (lead && FUNCTION_WORDS.test(lead[1]!)) {
      start += lead[0].length;
      w = w.slice(lead[0].length);
    }
    const span = { start, end: start + w.length };
    if (FUNCTION_WORDS.test(w)) continue;
    // "the GPU designer", "a US chipmaker": an acronym that describes a noun is no name.
    if (
      /^[A-Z]{2,5}$/.test(w) &&
      /\b(the|a|an|its|their|his|her)\s+$/i.test(s.slice(Math.max(0, start - 8), start)) &&
      /^[\s-]+(chip)?(designer|maker|developer|company|firm|giant|start-?up|unicorn|champion|group|unit|team|leader|player|researchers?|engineers?|specialist)s?\b/i.test(
        s.slice(span.end),
      )
    )
      continue;
    if (skip.some((k) => k.start < span.end && span.start < k.end)) continue;
    out.push(span);
  }
  return out;
}

const FUNCTION_WORDS =
  /^(In|On|At|By|From|For|With|After|Before|Since|Until|During|Between|Through|The|A|An|This|That|These|Those|It|Its|He|His|She|Her|They|Their|We|Our|I|When|While|As|But|And|Or|Yet|So|If|Though|Although|Despite|However|Also|Then|Now|Today|Last|Next|Founded|Established|Launched|Created|Set|Born|Contrary|According|Under|Over|Among|Along|Called|Known|Once|Later|Earlier|Only|Both|Each|Some|Many|Most|All|Several|Chinese|American|US|U\.S\.|UK|EU|AI|CEO|CTO|PhD|January|February|March|April|May|June|July|August|September|October|November|December|Mr|Ms|Dr|Prof)$/;
