import { describe, expect, it } from 'vitest';
import bundle from '../../lib/generated/dataset.json';
import type { Bundle } from '../../lib/dataset/runtime';
import { decodePackBytes, PACK_LIMITS, packToJson, parsePack } from '../../lib/dataset/pack';
import { mergePacks } from '../../lib/user-data/merge';
import { createRuntime } from '../../lib/dataset/runtime';
import { search } from '../../lib/search/search-index';
import { validPack, packText } from './packs-fixture';

const bundled = bundle as unknown as Bundle;
const errorsOf = (text: string) => {
  const r = parsePack(text, bundled);
  return r.ok ? [] : r.errors;
};

describe('pack validation', () => {
  it('accepts a valid pack that cites its own sources and relates to bundled entities', () => {
    const r = parsePack(packText(validPack()), bundled);
    expect(r.ok ? [] : r.errors).toEqual([]);
    if (!r.ok) return;
    expect(r.value.pack.meta).toMatchObject({ id: 'test-pack', version: '1.0.0' });
    expect(r.value.compiled.entities[0]!.origin).toBe('test-pack');
  });

  it('reports an error with its full path', () => {
    const p = validPack();
    (p.sources[0] as { url: string }).url = 'http://example.org/x';
    p.entities[0]!.facts[0]!.citations[0]!.source = 'nowhere';
    const errs = errorsOf(packText(p));
    expect(errs[0]).toBe('sources[0].url: must be https');
    expect(errs).toContain('entities[0].facts[0].citations[0].source: unknown source "nowhere"');
    // The refused source is not registered, so citations of it are reported too.
    expect(errs).toContain(
      'entities[0].facts[1].citations[0].source: unknown source "test-pack-src"',
    );
  });

  it('requires the metadata', () => {
    const { licence: _l, ...p } = validPack();
    expect(errorsOf(packText(p))).toEqual([expect.stringMatching(/^licence: /)]);
  });

  it('refuses ids that collide with the bundled data or within the pack', () => {
    const p = validPack();
    p.entities.push({ ...p.entities[0]!, id: 'baai' });
    p.entities.push({ ...p.entities[0]! });
    const errs = errorsOf(packText(p));
    expect(errs).toContain('entities[1].id: duplicate entity id "baai"');
    expect(errs).toContain('entities[2].id: duplicate entity id "test-pack-quasar-lab"');
  });

  it.each([
    ['', 'file: is empty'],
    ['   ', 'file: is empty'],
    ['{"id": "x", "name": ', 'file: is not valid JSON'],
    ['[1,2,3]', 'file: must be a JSON object'],
    ['"just a string"', 'file: must be a JSON object'],
  ])('refuses malformed text %j', (text, message) => {
    expect(errorsOf(text)[0]).toContain(message);
  });

  it('decodes UTF-8 with a BOM and UTF-16 with a BOM, refuses binary and bad UTF-8', () => {
    const json = packText(validPack());
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(json)]);
    expect(decodePackBytes(bom)).toEqual({ ok: true, value: json });
    const utf16 = new Uint8Array(2 + json.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < json.length; i++) {
      utf16[2 + i * 2] = json.charCodeAt(i) & 0xff;
      utf16[3 + i * 2] = json.charCodeAt(i) >> 8;
    }
    expect(decodePackBytes(utf16)).toEqual({ ok: true, value: json });
    expect(decodePackBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]))).toMatchObject({
      ok: false,
    });
    expect(decodePackBytes(new Uint8Array([0x7b, 0xc3]))).toEqual({
      ok: false,
      errors: ['file: is not UTF-8 text'],
    });
    expect(decodePackBytes(new Uint8Array([]))).toEqual({ ok: false, errors: ['file: is empty'] });
  });

  it('checks the size cap before decoding', () => {
    const r = decodePackBytes(new Uint8Array(PACK_LIMITS.bytes + 1));
    expect(r.ok ? '' : r.errors[0]).toMatch(/limited to 25\.0 MB/);
  });

  it('caps the entity count before looking at records', () => {
    const p = { ...validPack(), entities: new Array(PACK_LIMITS.entities + 1).fill(0) };
    expect(errorsOf(packText(p))).toEqual([expect.stringMatching(/^entities: /)]);
  });

  it('refuses __proto__ keys and leaves prototypes alone', () => {
    const text = packText(validPack()).replace(
      '"name":',
      '"__proto__": {"polluted": true}, "name":',
    );
    expect(errorsOf(text)).toEqual(['__proto__: key not allowed']);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('refuses deep nesting', () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    const text = packText(validPack()).replace('"sources":', `"x": ${deep}, "sources":`);
    expect(errorsOf(text)[0]).toMatch(/nested too deeply/);
  });

  it('refuses names that would match everywhere', () => {
    const p = validPack();
    p.entities[0]!.aliases = [
      { text: 'x', match: 'case' },
      { text: 'The' } as { text: string; match: string },
      { text: '中', match: 'word' },
      { text: 'AI', match: 'case' },
    ];
    expect(errorsOf(packText(p))).toEqual([
      'entities[0].aliases[0].text: "x" is too short to mark safely',
      'entities[0].aliases[1].text: "The" is a common word',
      'entities[0].aliases[2].text: "中" is too short to mark safely',
      'entities[0].aliases[3].text: "AI" is a common word',
    ]);
  });

  it('reports at most 50 errors and counts the rest', () => {
    const p = validPack();
    p.entities = Array.from({ length: 80 }, () => ({}) as (typeof p.entities)[number]);
    const errs = errorsOf(packText(p));
    expect(errs).toHaveLength(PACK_LIMITS.errors + 1);
    expect(errs.at(-1)).toMatch(/^… and \d+ more errors$/);
  });

  it('exports what was imported', () => {
    const r = parsePack(packText(validPack()), bundled);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(JSON.parse(packToJson(r.value.pack))).toEqual({ ...validPack(), confusables: [] });
  });
});

describe('merging packs into the runtime', () => {
  const r = parsePack(packText(validPack()), bundled);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  const merged = mergePacks(bundled, [
    { id: 'test-pack', version: '1.0.0', compiled: r.value.compiled },
  ]);
  const runtime = createRuntime(merged);

  it('makes pack entities searchable, by name, alias and pinyin', () => {
    expect(search(runtime.search, 'Quasar Robotics')[0]?.id).toBe('test-pack-quasar-lab');
    expect(search(runtime.search, 'QRL')[0]?.id).toBe('test-pack-quasar-lab');
    expect(search(runtime.search, '类星')[0]?.id).toBe('test-pack-quasar-lab');
  });

  it('puts pack names in the dictionary and the relation on the bundled card', () => {
    expect(merged.dictionary.some((d) => d.ids.includes('test-pack-quasar-lab'))).toBe(true);
    const baai = runtime.entities.get('baai')!;
    expect(baai.relations).toContainEqual(
      expect.objectContaining({ other: 'test-pack-quasar-lab', direction: 'in' }),
    );
    // The bundled record itself is not changed (it is shared with the next rebuild).
    expect(bundled.entities.find((e) => e.id === 'baai')!.relations).not.toContainEqual(
      expect.objectContaining({ other: 'test-pack-quasar-lab' }),
    );
    expect(merged.version).toBe(`${bundled.version}+test-pack@1.0.0`);
  });
});
