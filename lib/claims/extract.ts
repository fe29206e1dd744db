/**
 * What can be checked in one sentence: years (with the event they belong to), other numbers,
 * role words and other known entities. English goes through compromise (sentence bounds,
 * numbers, verbs with their tense and negation); Chinese through simple rules (年 years, 万/亿
 * numbers, role and event words, co-mentions from the dictionary).
 */
import nlp from 'compromise';
import {
  EN_HEDGE,
  EN_VAGUE_BEFORE,
  ZH_HEDGE,
  ZH_VAGUE_AFTER,
  findCues,
  findRoles,
  type Cue,
  type RoleCue,
} from './lexicon';
import { coMentions, type CoMention, type EntityNames } from './co-mentions';

export interface YearMention {
  start: number;
  end: number;
  text: string;
  year: number;
  month?: number;
  /** "since 2020", "自2020年起": a span's first year. */
  since: boolean;
  /** "before 2020", "around 2020", "2020年前": not the event's own year. */
  vague: boolean;
}

export interface NumberMention {
  start: number;
  end: number;
  text: string;
  value: number;
  /** The word after the number ("years", "parameters", "名"). */
  unit: string;
}

export interface Extracted {
  lang: 'en' | 'zh';
  sentence: string;
  /** The mention of the card's entity in `sentence`. */
  mention: { start: number; end: number };
  years: YearMention[];
  numbers: NumberMention[];
  cues: Cue[];
  roles: RoleCue[];
  entities: CoMention[];
  /** Spans naming people other than the card's entity (known or not). */
  people: { start: number; end: number }[];
  /** Negation, modality, the future or doubt: never say "differs" for such a sentence. */
  hedged: boolean;
  /** "Zhu's student …": the sentence's subject is not the entity itself. */
  possessive: boolean;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// A hyphen before the digits makes them part of a name ("GPT-2019"), except after mid-, pre-,
// post- (a vague year, EN_VAGUE_BEFORE).
const EN_YEAR =
  /(?<![\d,.$£€¥])(?<!(?<!\b(?:mid|pre|post))-)(1[89]\d{2}|20\d{2})(?![\d]|s\b|['’]s\b)/gi;
const NOT_A_YEAR_AFTER =
  /^\s+(people|employees|staff|researchers|students|papers|parameters|members|engineers|scientists|gpus|chips|companies|firms)\b/i;
const ZH_YEAR = /(1[89]\d{2}|20\d{2})\s*年(?:\s*(\d{1,2})\s*月)?/g;
const ZH_NUMBER = /(?<![\d.])(\d+(?:\.\d+)?)\s*(亿|万|千)?\s*([\p{Script=Han}A-Za-z]?)/gu;
/** "Zhu's student", "朱松纯的学生": what follows is about someone or something else. */
const POSSESSIVE = /^(['’]s\b|的(?!研究|人工智能))/;
const HAN = /\p{Script=Han}/gu;

export function isChinese(text: string): boolean {
  const han = text.match(HAN)?.length ?? 0;
  return han >= 4 && han * 3 >= text.replace(/\s/g, '').length;
}

export function extractClaims(
  names: EntityNames,
  self: string,
  sentence: string,
  mention: { start: number; end: number },
): Extracted {
  const lang = isChinese(sentence) ? 'zh' : 'en';
  const entities = coMentions(names, sentence, self).filter(
    (c) => c.end <= mention.start || c.start >= mention.end,
  );
  const base = {
    lang,
    sentence,
    mention,
    cues: findCues(sentence, lang),
    roles: findRoles(sentence, lang),
    entities,
    possessive: POSSESSIVE.test(sentence.slice(mention.end)),
  } as const;
  return lang === 'zh'
    ? { ...base, ...chinese(sentence, entities, names) }
    : { ...base, ...english(sentence, mention, entities, names) };
}

function english(
  s: string,
  mention: { start: number; end: number },
  entities: CoMention[],
  names: EntityNames,
) {
  const doc = nlp(s);
  const years: YearMention[] = [];
  EN_YEAR.lastIndex = 0;
  for (let m = EN_YEAR.exec(s); m; m = EN_YEAR.exec(s)) {
    const start = m.index;
    const end = start + m[0].length;
    if (NOT_A_YEAR_AFTER.test(s.slice(end))) continue;
    const before = s.slice(Math.max(0, start - 24), start);
    const mon =
      /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2},?\s+)?$/i.exec(
        before,
      );
    const month = mon ? MONTHS.indexOf(mon[1]!.toLowerCase()) + 1 : undefined;
    years.push({
      start,
      end,
      text: m[0],
      year: Number(m[1]),
      month,
      since: /\b(since|from)\s+((early|late|mid-?)\s*)?([a-z]+\.?\s+(\d{1,2},?\s+)?)?$/i.test(
        before,
      ),
      vague: EN_VAGUE_BEFORE.test(before),
    });
  }
  const numbers: NumberMention[] = [];
  const inSpan = (a: number, b: number, spans: { start: number; end: number }[]) =>
    spans.some((x) => a < x.end && x.start < b);
  for (const n of doc.numbers().json({ offset: true }) as NlpNumber[]) {
    const start = n.offset.start;
    const end = start + n.offset.length;
    const value = n.number?.num;
    if (typeof value !== 'number' || !Number.isFinite(value)) continue;
    if (inSpan(start, end, years) || inSpan(start, end, entities) || inSpan(start, end, [mention]))
      continue;
    // compromise's number may end with the punctuation after it ("500;", "14)").
    const text = s.slice(start, end).replace(/[,.;:!?)\]'"’”-]+$/, '');
    const stop = start + text.length;
    // "2007–2008": compromise adds an empty number for the range's second half.
    if (!text.trim()) continue;
    // "GLM-4", "V3": a number inside a name is not a quantity.
    if (/[A-Za-z][-‐]?$/.test(s.slice(0, start)) || /^[A-Za-z]/.test(s.slice(stop))) continue;
    // "910B", "920C": digits with a letter glued on are a model name, unless money ("$3B").
    if (/^\d+[A-Za-z]+$/.test(text) && !/[$£€¥]\s*$/.test(s.slice(0, start))) continue;
    // "one of", "first": ordinals and a lone "one" are not quantities anyone checks.
    if (/^(one|a|first|second|third|\d+(st|nd|rd|th))$/i.test(n.text.trim())) continue;
    // A bare scale word ("a billion users", the "billion" of "HK$5.4 billion" read apart from its
    // digits) is no quantity anyone can check.
    if (/^(a\s+|an\s+)?(hundred|thousand|million|billion|trillion)s?$/i.test(text.trim())) continue;
    const unit = /^[\s,-]*([A-Za-z-]+)/.exec(s.slice(stop))?.[1]?.toLowerCase() ?? '';
    numbers.push({ start, end: stop, text, value, unit });
  }
  const verbs = doc.verbs().json() as NlpVerb[];
  const hedged =
    EN_HEDGE.test(s) ||
    /n['’]t\b/i.test(s) ||
    verbs.some((v) => v.verb?.negative || v.verb?.grammar?.tense === 'FutureTense');
  // compromise also sees people in "PhD" or an organisation's name: keep only names that are
  // not the entity, not another known non-person, and not a role or event word.
  const notPeople = [
    mention,
    ...entities.filter((e) => !names.isPerson(e.id)),
    ...findCues(s, 'en'),
    ...findRoles(s, 'en'),
  ];
  const people = [
    ...entities.filter((e) => names.isPerson(e.id)),
    ...(doc.people().json({ offset: true }) as NlpTerm[])
      .map((p) => ({ start: p.offset.start, end: p.offset.start + p.offset.length }))
      .filter((p) => !inSpan(p.start, p.end, notPeople)),
  ];
  return { years, numbers, hedged, people };
}

function chinese(s: string, entities: CoMention[], names: EntityNames) {
  const years: YearMention[] = [];
  ZH_YEAR.lastIndex = 0;
  for (let m = ZH_YEAR.exec(s); m; m = ZH_YEAR.exec(s)) {
    const start = m.index;
    const end = start + m[1]!.length;
    const before = s.slice(Math.max(0, start - 4), start);
    const after = s.slice(end);
    years.push({
      start,
      end,
      text: m[1]!,
      year: Number(m[1]),
      month: m[2] ? Number(m[2]) : undefined,
      since: /(自|从|自从)\s*$/.test(before) || /^\s*年(\d{1,2}月)?(起|以来)/.test(after),
      vague: ZH_VAGUE_AFTER.test(after.replace(/^\s*年\s*\d{1,2}\s*月/, '年')),
    });
  }
  const numbers: NumberMention[] = [];
  ZH_NUMBER.lastIndex = 0;
  for (let m = ZH_NUMBER.exec(s); m; m = ZH_NUMBER.exec(s)) {
    const start = m.index;
    const end = start + m[1]!.length + (m[2] ? m[0].indexOf(m[2]) - m[1]!.length + 1 : 0);
    if (years.some((y) => start < y.end && y.start < end)) continue;
    if (/^[年月日号]/.test(m[3] ?? '')) continue;
    // "Kimi2.5", "910C", "Qwen3": a number inside a name is not a quantity.
    // "Llama 3", "GPT 4": a version after a Latin name and a space too.
    if (/[A-Za-z.\d-]$|[A-Za-z][\w.-]*\s+$/.test(s.slice(0, start)) || /^[A-Za-z]/.test(m[3] ?? ''))
      continue;
    const mult = m[2] === '亿' ? 1e8 : m[2] === '万' ? 1e4 : m[2] === '千' ? 1e3 : 1;
    numbers.push({
      start,
      end,
      text: s.slice(start, end),
      value: Number(m[1]) * mult,
      unit: m[3] ?? '',
    });
  }
  const people = entities.filter((e) => names.isPerson(e.id));
  return { years, numbers, hedged: ZH_HEDGE.test(s), people };
}

interface NlpNumber {
  text: string;
  offset: { start: number; length: number };
  number?: { num?: number };
}
interface NlpVerb {
  verb?: { negative?: boolean; grammar?: { tense?: string } };
}
interface NlpTerm {
  offset: { start: number; length: number };
}
