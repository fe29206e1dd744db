/** The dataset policy (lib/dataset/policy.ts): each rule catches the breach it names. */
import { describe, expect, it } from 'vitest';
import { compileDataset, type CompiledData } from '../../lib/dataset/compile';
import {
  checkPolicy,
  hasInternalWords,
  isPresentRole,
  policyReport,
  ratchet,
} from '../../lib/dataset/policy';

const source = (id: string, url: string, publisher: string) => ({
  id,
  title: id,
  publisher,
  url,
  kind: 'news',
  accessed: '2026-12-02',
  published: '2025-01-01',
});
const cite = (s: string) => ({ source: s, quote: 'a quote', checked: '2026-12-02' });
const fact = (text: string, extra: object = {}) => ({
  text,
  textZh: '事实',
  citations: [cite('a'), cite('b')],
  ...extra,
});

function data(
  entity: object,
  sources = [source('a', 'https://a.example/x', 'A'), source('b', 'https://b.example/y', 'B')],
): CompiledData {
  const r = compileDataset({
    sources: [{ name: 's.json', data: sources }],
    entities: [
      {
        name: 'e.json',
        data: [
          {
            id: 'x',
            category: 'organisation',
            name: 'X Lab',
            region: 'us',
            aliases: [],
            summary: 'A lab.',
            summaryZh: '一个实验室。',
            facts: [
              fact('Was founded in 2001.'),
              fact('Opened a second site in 2010.'),
              fact('Won a prize in 2015.'),
            ],
            ...entity,
          },
        ],
      },
    ],
    confusables: [],
  });
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.value;
}
const opts = { prominent: ['x'], deniedHosts: ['mirror.example'] };

describe('the dataset policy', () => {
  it('passes a clean entity', () => {
    expect(checkPolicy(data({}), opts)).toEqual([]);
  });

  it('refuses a source on a denied host, also on a subdomain', () => {
    const d = data({}, [
      source('a', 'https://en.mirror.example/x', 'M'),
      source('b', 'https://b.example/y', 'B'),
    ]);
    expect(checkPolicy(d, opts)).toEqual([expect.stringMatching(/^a: source on a mirror/)]);
  });

  it('wants Chinese text on the entity and on every fact', () => {
    const d = data({
      summaryZh: undefined,
      facts: [fact('Was founded in 2001.', { textZh: undefined }), fact('B.'), fact('C.')],
    });
    const out = checkPolicy(d, opts);
    expect(out).toContain('x: no Chinese summary (summaryZh)');
    expect(out).toContain('x.facts[0]: no Chinese text (textZh)');
  });

  it('wants a start and an "as of" date on a role that holds now, not on an ended one', () => {
    expect(isPresentRole({ text: 'Is chief executive of X.', citations: [] })).toBe(true);
    expect(isPresentRole({ text: 'Leads the lab.', citations: [] })).toBe(true);
    expect(isPresentRole({ text: 'Led the lab.', citations: [] })).toBe(false);
    expect(
      isPresentRole({
        text: 'Is chief executive of X.',
        time: { from: 2019, to: 2021 },
        citations: [],
      }),
    ).toBe(false);
    const role = (extra: object) =>
      data({ facts: [fact('Is run by Y.', extra), fact('B.'), fact('C.')] });
    expect(checkPolicy(role({}), opts)).toEqual([expect.stringMatching(/role that holds now/)]);
    expect(checkPolicy(role({ time: { from: 2020 } }), opts)).toEqual([
      expect.stringMatching(/role that holds now/),
    ]);
    expect(checkPolicy(role({ time: { from: 2020 }, asOf: '2026-11' }), opts)).toEqual([]);
  });

  it('wants every citation checked', () => {
    const d = data({
      facts: [
        fact('A.', { citations: [cite('a'), { source: 'b', quote: 'q' }] }),
        fact('B.'),
        fact('C.'),
      ],
    });
    expect(checkPolicy(d, opts)).toEqual(['x.facts[0]: citation of b has no checked date']);
  });

  it('wants two independent sources on the first three facts of a prominent entity only', () => {
    const one = data({
      facts: [
        fact('A.', { citations: [cite('a')] }),
        fact('B.'),
        fact('C.'),
        fact('D.', { citations: [cite('a')] }),
      ],
    });
    expect(checkPolicy(one, opts)).toEqual([expect.stringMatching(/^x\.facts\[0\]: a prominent/)]);
    expect(checkPolicy(one, { ...opts, prominent: [] })).toEqual([]);
    // Same publisher twice is not independent.
    const same = data({}, [
      source('a', 'https://a.example/x', 'A'),
      source('b', 'https://a.example/y', 'A'),
    ]);
    expect(checkPolicy(same, opts).length).toBe(3);
  });

  it('finds the project words, not real names with "seed" in them', () => {
    expect(hasInternalWords('The seed texts compare him with …')).toBe(true);
    expect(hasInternalWords('the seed article calls him')).toBe(true);
    expect(hasInternalWords('ByteDance Seed released Seedance')).toBe(false);
    expect(hasInternalWords('raised a seed round')).toBe(false);
  });

  it('reports the figures the data report prints', () => {
    const r = policyReport(
      data({ facts: [fact('Is run by Y.', { textZh: undefined }), fact('B.'), fact('C.')] }),
      opts,
    );
    expect(r.undatedRoles).toBe(1);
    expect(r.factsWithoutChinese).toBe(1);
    expect(r.twoSourceShare).toBe(1);
    expect(r.checkedDates).toEqual({ '2026-12-02': 6 });
  });
});

describe('the policy ratchet', () => {
  it('lets known breaches pass, fails new ones and known ones that are gone', () => {
    expect(ratchet(['a', 'b'], ['a', 'b'])).toEqual({ added: [], gone: [], still: ['a', 'b'] });
    expect(ratchet(['a', 'c'], ['a', 'b'])).toEqual({ added: ['c'], gone: ['b'], still: ['a'] });
  });
});

describe('names the sources mention that are not entities yet', () => {
  it('lists a name quoted often, not a known one, a list or a sentence end', async () => {
    const { missingNames } = await import('../../lib/dataset/candidates');
    const q = (quote: string) => ({ source: 'a', quote, checked: '2026-12-02' });
    const d = data({
      facts: [
        fact('A.', {
          citations: [
            q('Scale AI and X Lab met. Then Scale AI left.'),
            q('Scale AI again; Alibaba and Tencent too.'),
          ],
        }),
        fact('B.'),
        fact('C.'),
      ],
    });
    const names = missingNames(d, 2).map((m) => m.name);
    expect(names).toContain('Scale AI');
    expect(names).not.toContain('X Lab');
    expect(names.some((n) => n.includes(' and '))).toBe(false);
  });
});
