/**
 * Compiles raw dataset files (bundled data/ or a user pack) into what the extension uses:
 * card records with relations in both directions, the source registry, and the matcher's
 * dictionary. Validates everything first and reports every problem with its path; nothing is
 * compiled from data that has errors.
 */
import * as v from 'valibot';
import {
  ConfusableSchema,
  EntitySchema,
  InverseRelationTypes,
  LinkingSchema,
  SourceSchema,
  type Citation,
  type Confusable,
  type Entity,
  type Fact,
  type RelationType,
  type Source,
  type TimeSpan,
} from './schema';
import { formatIssues } from './issues';
import { foldKey } from '../text/tokenize';
import { pinyinSyllables } from '../search/pinyin';
import type { DictEntry } from '../match/dictionary';

/** A file of the dataset: where it came from (for error paths) and its parsed JSON. */
export interface RawFile {
  name: string;
  data: unknown;
}

export interface RawDataset {
  sources: RawFile[];
  entities: RawFile[];
  confusables: RawFile[];
  /** data/linking/*.json (objects, not arrays): field terms for the namesake rule. */
  linking?: RawFile[];
}

export interface RelationView {
  type: RelationType;
  /** 'out': this entity <type> other; 'in': other <type> this entity. */
  direction: 'out' | 'in';
  other: string;
  role?: string;
  time?: TimeSpan;
  citation: Citation;
}

export interface EntityRecord extends Omit<Entity, 'relations'> {
  relations: RelationView[];
  /** Where the entity came from: 'bundled' or a pack id. */
  origin: string;
}

export interface Collision {
  alias: string;
  ids: string[];
}

export interface CompiledData {
  entities: EntityRecord[];
  sources: Source[];
  dictionary: DictEntry[];
  collisions: Collision[];
}

export type CompileResult = { ok: true; value: CompiledData } | { ok: false; errors: string[] };

const MIN_FACTS: Record<string, number> = { person: 3, organisation: 3 };

interface Located<T> {
  value: T;
  path: string;
}

function parseFiles<T>(
  files: RawFile[],
  schema: v.GenericSchema<unknown, T>,
  errors: string[],
): Located<T>[] {
  const out: Located<T>[] = [];
  for (const file of files) {
    if (!Array.isArray(file.data)) {
      errors.push(`${file.name}: must be an array`);
      continue;
    }
    file.data.forEach((item, i) => {
      const r = v.safeParse(schema, item);
      if (r.success) out.push({ value: r.output, path: `${file.name}[${i}]` });
      else errors.push(...formatIssues(`${file.name}[${i}]`, r.issues));
    });
  }
  return out;
}

export function compileDataset(
  raw: RawDataset,
  origin = 'bundled',
  known?: CompiledData,
): CompileResult {
  const errors: string[] = [];
  const sources = parseFiles(raw.sources, SourceSchema, errors);
  const entities = parseFiles(raw.entities, EntitySchema, errors);
  const confusables = parseFiles(raw.confusables, ConfusableSchema, errors);
  const fieldTerms: { text: string; match?: DictEntry['mode'] }[] = [];
  for (const file of raw.linking ?? []) {
    const r = v.safeParse(LinkingSchema, file.data);
    if (r.success) fieldTerms.push(...r.output.fieldTerms);
    else errors.push(...formatIssues(file.name, r.issues));
  }

  const sourceIds = new Set(known?.sources.map((s) => s.id));
  for (const s of sources) {
    if (sourceIds.has(s.value.id)) errors.push(`${s.path}.id: duplicate source id "${s.value.id}"`);
    sourceIds.add(s.value.id);
  }
  const entityIds = new Set(known?.entities.map((e) => e.id));
  for (const e of entities) {
    if (entityIds.has(e.value.id)) errors.push(`${e.path}.id: duplicate entity id "${e.value.id}"`);
    entityIds.add(e.value.id);
  }

  const checkCitation = (c: Citation, path: string) => {
    if (!sourceIds.has(c.source)) errors.push(`${path}.source: unknown source "${c.source}"`);
  };
  for (const { value: e, path } of entities) {
    const min = MIN_FACTS[e.category] ?? 2;
    if (e.facts.length < min)
      errors.push(`${path}.facts: needs at least ${min} facts, has ${e.facts.length}`);
    e.facts.forEach((f, i) => {
      f.citations.forEach((c, j) => checkCitation(c, `${path}.facts[${i}].citations[${j}]`));
      f.statements?.forEach((st, k) => {
        for (const ref of [st.subject, st.object])
          if (ref !== undefined && !entityIds.has(ref))
            errors.push(`${path}.facts[${i}].statements[${k}]: unknown entity "${ref}"`);
      });
      f.contested?.forEach((cv, k) =>
        cv.citations.forEach((c, j) =>
          checkCitation(c, `${path}.facts[${i}].contested[${k}].citations[${j}]`),
        ),
      );
    });
    if (e.category !== 'person' && e.category !== 'organisation' && e.region !== undefined)
      errors.push(`${path}.region: only for people and organisations`);
    (e.relations ?? []).forEach((r, i) => {
      checkCitation(r.citation, `${path}.relations[${i}].citation`);
      if (!entityIds.has(r.target))
        errors.push(`${path}.relations[${i}].target: unknown entity "${r.target}"`);
      if (r.target === e.id)
        errors.push(`${path}.relations[${i}].target: an entity cannot relate to itself`);
    });
    if (e.native) {
      checkCitation(e.native.citation, `${path}.native.citation`);
      const q = e.native.citation.quote;
      if (!q.includes(e.native.hans) && !(e.native.hant && q.includes(e.native.hant))) {
        errors.push(
          `${path}.native.citation.quote: must contain the native name "${e.native.hans}"`,
        );
      }
    }
  }
  for (const { value: c, path } of confusables) {
    for (const b of c.blocks ?? [])
      if (!entityIds.has(b)) errors.push(`${path}.blocks: unknown entity "${b}"`);
  }
  if (errors.length > 0) return { ok: false, errors };

  const records = new Map<string, EntityRecord>();
  for (const { value: e } of entities) {
    const { relations: _relations, ...rest } = e;
    records.set(e.id, {
      ...rest,
      facts: e.facts.map(withContestedCitations),
      relations: [],
      origin,
    });
  }
  for (const { value: e } of entities) {
    for (const r of e.relations ?? []) {
      const inverse = InverseRelationTypes[r.type as keyof typeof InverseRelationTypes];
      const type: RelationType = inverse ?? (r.type as RelationType);
      const [from, to] = inverse ? [r.target, e.id] : [e.id, r.target];
      const base = { type, role: r.role, time: r.time, citation: r.citation };
      records.get(from)?.relations.push({ ...base, direction: 'out', other: to });
      records.get(to)?.relations.push({ ...base, direction: 'in', other: from });
    }
  }

  const { dictionary, collisions } = buildEntries(
    entities.map((e) => e.value),
    confusables.map((c) => c.value),
    fieldTerms,
  );
  return {
    ok: true,
    value: {
      entities: [...records.values()],
      sources: sources.map((s) => s.value),
      dictionary,
      collisions,
    },
  };
}

/**
 * A contested fact's per-value citations are also listed in its `citations` (after its own), so
 * everything that walks citations — the seed-quote check, claim checks, exports — sees them.
 * The card tells them apart again with `ownCitations`.
 */
function withContestedCitations(f: Fact): Fact {
  if (!f.contested) return f;
  const citations = [...f.citations];
  const key = (c: Citation) => `${c.source}\u0000${c.quote}`;
  const seen = new Set(citations.map(key));
  for (const c of f.contested.flatMap((cv) => cv.citations))
    if (!seen.has(key(c))) {
      seen.add(key(c));
      citations.push(c);
    }
  return { ...f, citations };
}

/**
 * Is this person's name one that other notable people share? Either the data says so
 * (`namesake: true`), or the name is a Chinese name of two or three syllables written in pinyin:
 * the Latin name spells the pinyin of the Chinese name, in either order ("Zhang Peng" for 张鹏,
 * "Song-Chun Zhu" for 朱松纯; not "Andrew Ng" for 吴恩达 or "Kai-Fu Lee" for 李开复). Thousands of
 * people are called Zhang Peng; far fewer are called Kai-Fu Lee.
 */
export function sharedName(e: Entity): boolean {
  if (e.namesake) return true;
  if (e.category !== 'person' || !e.native) return false;
  const syllables = pinyinSyllables(e.native.hans);
  if (!syllables || syllables.length < 2 || syllables.length > 3) return false;
  const latin = foldKey(e.name).replace(/[^a-z]/g, '');
  const inOrder = syllables.join('');
  const surnameLast = syllables.slice(1).join('') + syllables[0]!;
  return latin === inOrder || latin === surnameLast;
}

/** Pinyin syllables in a Latin word ("Yunji" → 2, "Song-Chun" → 2, "Bo" → 1), or 0 if not pinyin. */
export function pinyinCount(word: string): number {
  const w = foldKey(word).replace(/[^a-z]/g, '');
  // Fewest syllables that spell the word (dynamic programming over the syllable pattern).
  const best = new Array<number>(w.length + 1).fill(Infinity);
  best[0] = 0;
  for (let i = 0; i < w.length; i++) {
    if (best[i] === Infinity) continue;
    for (let j = i + 1; j <= Math.min(w.length, i + 6); j++)
      if (reSyllable.test(w.slice(i, j))) best[j] = Math.min(best[j]!, best[i]! + 1);
  }
  return best[w.length] === Infinity ? 0 : best[w.length]!;
}
const reSyllable =
  /^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|in|un|vn|ia|ie|iu|ua|uo|ue|ve|ui|er|a|o|e|i|u|v)$/;

/**
 * Every name of every entity as a dictionary entry; aliases that fold alike share one entry.
 * Also, for the namesake rule: an evidence entry (no text) per person whose name is shared,
 * listing the entities related to them, and the field terms of data/linking/.
 */
export function buildEntries(
  entities: Entity[],
  confusables: Confusable[],
  fieldTerms: { text: string; match?: DictEntry['mode'] }[] = [],
): { dictionary: DictEntry[]; collisions: Collision[] } {
  const byKey = new Map<string, DictEntry>();
  const add = (text: string, mode: DictEntry['mode'], id: string) => {
    const key = `${mode}\u0000${mode === 'case' ? text.normalize('NFKC') : foldKey(text)}`;
    if (key.endsWith('\u0000')) return;
    const entry = byKey.get(key);
    if (!entry) byKey.set(key, { text, mode, ids: [id] });
    else if (!entry.ids.includes(id)) entry.ids.push(id);
  };
  for (const e of entities) {
    // A name that is also an ordinary word (MiniMax, 地平线) is listed again as an alias with
    // its match mode; that mode then applies to the name itself.
    const modes = new Map<string, DictEntry['mode']>();
    for (const a of e.aliases) if (a.match) modes.set(foldKey(a.text), a.match);
    const name = (text: string) => add(text, modes.get(foldKey(text)) ?? 'word', e.id);
    name(e.name);
    // Chinese author lists put the surname first ("ZHU Song-Chun"): for a Chinese person named
    // "Given Surname" the reversed order is the same name, so it is generated, not listed.
    const parts = e.name.split(' ');
    if (e.category === 'person' && e.native && parts.length === 2) name(`${parts[1]} ${parts[0]}`);
    if (e.native) {
      name(e.native.hans);
      if (e.native.hant) name(e.native.hant);
    }
    for (const a of e.aliases) add(a.text, a.match ?? 'word', e.id);
    // A given name of two or more syllables is a short form of a Chinese person named in pinyin
    // ("Yunji" after "Yunji Chen"): the part of the name that is not the surname short form.
    if (parts.length === 2 && sharedName(e)) {
      const surnames = new Set(
        e.aliases.filter((a) => a.match === 'short').map((a) => foldKey(a.text)),
      );
      const given = parts.find((p) => !surnames.has(foldKey(p)));
      if (given && parts.some((p) => surnames.has(foldKey(p))) && pinyinCount(given) >= 2)
        add(given, 'short', e.id);
    }
  }
  const dictionary = [...byKey.values()];
  const orgs = new Set(entities.filter((e) => e.category === 'organisation').map((e) => e.id));
  for (const d of dictionary)
    if (d.ids.length > 0 && d.ids.every((id) => orgs.has(id))) d.org = true;
  // Evidence entries for people whose name is shared: related entities in both directions.
  const related = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    if (!related.has(a)) related.set(a, new Set());
    related.get(a)!.add(b);
  };
  for (const e of entities)
    for (const r of e.relations ?? []) {
      link(e.id, r.target);
      link(r.target, e.id);
    }
  for (const e of entities)
    if (sharedName(e))
      dictionary.push({
        text: '',
        mode: 'word',
        ids: [e.id],
        evidence: { related: [...(related.get(e.id) ?? [])].sort() },
      });
  for (const t of fieldTerms)
    dictionary.push({ text: t.text, mode: t.match ?? 'word', ids: [], field: true });
  const collisions = dictionary
    .filter((d) => d.ids.length > 1 && d.mode !== 'short')
    .map((d) => ({ alias: d.text, ids: [...d.ids] }));
  for (const c of confusables) {
    dictionary.push({
      text: c.text,
      mode: 'word',
      ids: [],
      confusable: { blocks: c.blocks ?? [] },
    });
  }
  return { dictionary, collisions };
}
