/**
 * What held at an article's date: an entity's facts and relations with time spans, read
 * against the year the page was published ("at the time of this article: professor at UCLA"),
 * and what began after it. A relation without a span ends where a fact says the entity left
 * the other one ("Left his UCLA post … in 2020").
 */
import type { EntityRecord } from '../dataset/compile';
import type { TimeSpan } from '../dataset/schema';
import { covers, statementsOf, type EntityIndex, type Statement } from './statements';
import type { AtDateReport, Evidence } from './types';

const evidence = (s: Statement, time: TimeSpan | undefined): Evidence => ({
  text: s.text,
  time,
  citations: s.citations,
});

export function atDate(index: EntityIndex, e: EntityRecord, date: string): AtDateReport {
  const year = Number(date.slice(0, 4));
  const statements = statementsOf(index, e);
  const held: Evidence[] = [];
  const later: Evidence[] = [];
  const seen = new Set<string>();
  for (const s of statements) {
    const time = s.time ?? inferredSpan(s, statements);
    if (!time || seen.has(s.text)) continue;
    // A founding is an event, even where its relation is written as an open span.
    const founding = s.relation?.type === 'founded' || s.relation?.type === 'spun_out_of';
    const point = founding || (time.from !== undefined && time.from === time.to);
    if (time.from !== undefined && time.from > year) {
      later.push(evidence(s, time));
      seen.add(s.text);
    } else if (!point && covers(time, year) && (s.relation || time.from !== undefined)) {
      held.push(evidence(s, time));
      seen.add(s.text);
    }
  }
  const by = (a: Evidence, b: Evidence) => (a.time?.from ?? 0) - (b.time?.from ?? 0);
  return { date, held: held.sort(by), later: later.sort(by) };
}

/** A work or leadership relation without a span ends in the year a fact says it was left. */
function inferredSpan(s: Statement, all: Statement[]): TimeSpan | undefined {
  const r = s.relation;
  if (!r || (r.type !== 'works_at' && r.type !== 'leads') || r.direction !== 'out')
    return undefined;
  const left = all.find(
    (f) =>
      !f.relation &&
      f.classes.has('left') &&
      f.entities.has(r.other) &&
      f.time?.from !== undefined &&
      f.time.from === f.time.to,
  );
  return left ? { to: left.time!.from } : undefined;
}
