/**
 * User data packs: the same schema as data/ (sources, entities, confusables) in one JSON file,
 * with metadata {id, name, version, licence}. A pack is untrusted input: the bytes are decoded
 * strictly, size and counts are capped before anything is parsed further, keys that could
 * pollute prototypes are refused, and every record is validated and compiled (against the data
 * already installed) before a single byte is stored. Errors carry their path, e.g.
 * "entities[12].facts[0].citations[0].url: must be https".
 */
import * as v from 'valibot';
import { compileDataset, type CompiledData } from './compile';
import { formatIssues } from './issues';
import { foldKey } from '../text/tokenize';

export const PACK_LIMITS = {
  bytes: 25 * 1024 * 1024,
  entities: 50_000,
  sources: 50_000,
  confusables: 5_000,
  depth: 16,
  /** At most this many errors are reported; the rest are counted. */
  errors: 50,
} as const;

const slug = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id'),
  v.maxLength(80),
);
const text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));

export const PackMetaSchema = v.object({
  id: slug,
  name: text(120),
  version: v.pipe(v.string(), v.regex(/^[0-9A-Za-z.+-]{1,40}$/, 'must be a version like 1.0.0')),
  licence: text(200),
  description: v.optional(text(500)),
});

/** The whole file: metadata and the three data arrays (checked record by record by compile). */
export const PackFileSchema = v.strictObject({
  ...PackMetaSchema.entries,
  sources: v.pipe(v.array(v.unknown()), v.maxLength(PACK_LIMITS.sources)),
  entities: v.pipe(
    v.array(v.unknown()),
    v.minLength(1, 'a pack needs at least one entity'),
    v.maxLength(PACK_LIMITS.entities),
  ),
  confusables: v.optional(v.pipe(v.array(v.unknown()), v.maxLength(PACK_LIMITS.confusables))),
});

export type PackMeta = v.InferOutput<typeof PackMetaSchema>;

export interface PackData {
  sources: unknown[];
  entities: unknown[];
  confusables: unknown[];
}

/** A validated pack, as stored. `data` is the file's records, exactly as validated. */
export interface Pack {
  meta: PackMeta;
  data: PackData;
}

export type PackResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

const fail = <T>(...errors: string[]): PackResult<T> => ({ ok: false, errors });

/**
 * Bytes of a file to text: UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else —
 * binary, another encoding, a truncated multi-byte sequence — is refused with a reason.
 */
export function decodePackBytes(bytes: Uint8Array): PackResult<string> {
  if (bytes.length === 0) return fail('file: is empty');
  if (bytes.length > PACK_LIMITS.bytes)
    return fail(`file: is ${mb(bytes.length)}, packs are limited to ${mb(PACK_LIMITS.bytes)}`);
  let encoding = 'utf-8';
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) [encoding, start] = ['utf-16le', 2];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [encoding, start] = ['utf-16be', 2];
  let out: string;
  try {
    out = new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(start));
  } catch {
    return fail(`file: is not ${encoding === 'utf-8' ? 'UTF-8' : 'UTF-16'} text`);
  }
  // NUL never occurs in JSON text; seeing one means binary data or UTF-16 without a BOM.
  if (out.includes('\u0000')) return fail('file: is binary or UTF-16 without a byte order mark');
  return { ok: true, value: out };
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Keys that JSON can carry but that must never reach an object spread or merge. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Walks parsed JSON without recursion: refuses forbidden keys and nesting deeper than allowed. */
function checkShape(root: unknown): string | null {
  const stack: [unknown, string, number][] = [[root, '', 0]];
  while (stack.length > 0) {
    const [node, path, depth] = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth > PACK_LIMITS.depth) return `${path || 'file'}: nested too deeply`;
    if (Array.isArray(node)) node.forEach((c, i) => stack.push([c, `${path}[${i}]`, depth + 1]));
    else
      for (const key of Object.keys(node)) {
        const p = path ? `${path}.${key}` : key;
        if (FORBIDDEN_KEYS.has(key)) return `${p}: key not allowed`;
        stack.push([(node as Record<string, unknown>)[key], p, depth + 1]);
      }
  }
  return null;
}

/** Common words that would mark every page if a pack used them as a name. */
const STOP_WORDS = new Set(
  (
    'a an and are as at be but by for from has have he her his i in is it its of on or our she ' +
    'that the their they this to was we were will with you ai ml data model models research ' +
    'science china chinese us usa europe university institute lab company new one two news ' +
    'world state people government 中国 美国 我们 他们 研究 公司 大学 人工智能 数据'
  ).split(' '),
);

/** Refuses names that would match almost everywhere: one letter, one character, a stop word. */
function checkNames(entities: unknown[], errors: string[]): void {
  const check = (name: unknown, path: string) => {
    if (typeof name !== 'string') return;
    const key = foldKey(name);
    const han = /\p{Script=Han}/u.test(key);
    const squashed = key.replace(/ /g, '');
    if (squashed.length < (han ? 2 : 3) && !/^\p{Lu}{2}$/u.test(name.trim()))
      errors.push(`${path}: "${name}" is too short to mark safely`);
    // Folding makes each Chinese character a token ("公 司"): compare Chinese names unspaced.
    else if (STOP_WORDS.has(han ? squashed : key))
      errors.push(`${path}: "${name}" is a common word`);
  };
  entities.forEach((e, i) => {
    if (typeof e !== 'object' || e === null) return;
    const ent = e as { name?: unknown; aliases?: unknown; native?: { hans?: unknown } };
    check(ent.name, `entities[${i}].name`);
    if (ent.native && typeof ent.native === 'object')
      check(ent.native.hans, `entities[${i}].native.hans`);
    if (Array.isArray(ent.aliases))
      ent.aliases.forEach((a: unknown, j) => {
        if (a && typeof a === 'object')
          check((a as { text?: unknown }).text, `entities[${i}].aliases[${j}].text`);
      });
  });
}

export interface ValidatedPack {
  pack: Pack;
  compiled: CompiledData;
}

/**
 * Parses and validates a whole pack file. `known` is what is installed already (bundled data and
 * other packs): ids must not collide with it, and citations and relations may point into it. As a
 * function it sees the pack's metadata first and may refuse the pack with a message.
 */
export function parsePack(
  text: string,
  known?: CompiledData | ((meta: PackMeta) => CompiledData | string),
): PackResult<ValidatedPack> {
  if (text.length > PACK_LIMITS.bytes) return fail(`file: larger than ${mb(PACK_LIMITS.bytes)}`);
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) return fail('file: is empty');
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (e) {
    return fail(`file: is not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return fail('file: must be a JSON object with id, name, version, licence, sources, entities');
  const shape = checkShape(raw);
  if (shape) return fail(shape);
  const top = v.safeParse(PackFileSchema, raw);
  if (!top.success) return fail(...cap(formatIssues('', top.issues)));
  const file = top.output;
  const { sources: _s, entities: _e, confusables: _c, ...meta } = file;
  const against = typeof known === 'function' ? known(meta) : known;
  if (typeof against === 'string') return fail(against);
  const data: PackData = {
    sources: file.sources,
    entities: file.entities,
    confusables: file.confusables ?? [],
  };
  const errors: string[] = [];
  checkNames(data.entities, errors);
  const compiled = compileDataset(
    {
      sources: [{ name: 'sources', data: data.sources }],
      entities: [{ name: 'entities', data: data.entities }],
      confusables: [{ name: 'confusables', data: data.confusables }],
    },
    file.id,
    against,
  );
  if (!compiled.ok) return fail(...cap([...errors, ...compiled.errors]));
  if (errors.length > 0) return fail(...cap(errors));
  return { ok: true, value: { pack: { meta, data }, compiled: compiled.value } };
}

/** valibot's wording for object keys, in the words a pack author needs. */
function plain(error: string): string {
  return error
    .replace(/Invalid key: Expected "[^"]*" but received undefined$/, 'is required')
    .replace(/Invalid key: Expected never but received "[^"]*"$/, 'unknown field');
}

function cap(raw: string[]): string[] {
  const errors = raw.map(plain);
  if (errors.length <= PACK_LIMITS.errors) return errors;
  return [
    ...errors.slice(0, PACK_LIMITS.errors),
    `… and ${errors.length - PACK_LIMITS.errors} more errors`,
  ];
}

/** The file a pack is exported as: what was imported, so it can be imported again. */
export function packToJson(pack: Pack): string {
  return JSON.stringify({ ...pack.meta, ...pack.data }, null, 2);
}
