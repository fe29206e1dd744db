/**
 * The dictionary's typed-array tables at their edges: a child numbered 0, the first key past the
 * root's range, the root's and the terminal table's growth, every slot visited, and a packed
 * dictionary that packs to itself again. Cases the mutation run
 * (npm run test:mutation -- match --parts --files dictionary.ts) showed no test looked at.
 */
import { describe, expect, it } from 'vitest';
import {
  EdgeTable,
  TOKEN_SPACE,
  TerminalTable,
  buildDictionary,
  packDictionary,
  unpackDictionary,
  type DictEntry,
} from '../../lib/match/dictionary';

describe('EdgeTable edges', () => {
  it('stores a child numbered 0 like any other, at the root and below it', () => {
    const t = new EdgeTable();
    expect(t.add(0, 5, 0)).toBe(0);
    expect(t.add(3, 7, 0)).toBe(0);
    expect(t.get(5)).toBe(0);
    expect(t.get(3 * TOKEN_SPACE + 7)).toBe(0);
    // An existing edge is kept, whatever its child.
    expect(t.add(0, 5, 9)).toBe(0);
    expect(t.add(3, 7, 9)).toBe(0);
    const seen: number[][] = [];
    t.forEach((p, tok, c) => seen.push([p, tok, c]));
    expect(seen).toEqual([
      [0, 5, 0],
      [3, 7, 0],
    ]);
  });
  it('keeps a child numbered 0 when the table grows', () => {
    const t = new EdgeTable();
    t.add(3, 7, 0);
    for (let i = 0; i < 200; i++) t.add(4, i, i + 1);
    expect(t.get(3 * TOKEN_SPACE + 7)).toBe(0);
  });
  it('reads TOKEN_SPACE itself as parent 1, token 0', () => {
    const t = new EdgeTable();
    t.add(1, 0, 7);
    expect(t.get(TOKEN_SPACE)).toBe(7);
    expect(t.get(TOKEN_SPACE - 1)).toBeUndefined();
  });
  it('grows the root for the first token past its range', () => {
    const t = new EdgeTable();
    t.add(0, 64, 3);
    t.add(0, 65, 4);
    t.add(0, 1000, 5);
    expect([t.get(64), t.get(65), t.get(1000), t.get(63)]).toEqual([3, 4, 5, undefined]);
    expect(t.size).toBe(3);
  });
  it('visits every edge of a full table, the last slot too', () => {
    for (const n of [40, 47, 48, 100, 1000]) {
      const t = new EdgeTable();
      for (let i = 0; i < n; i++) t.add(1 + (i % 7), i, i + 1);
      let count = 0;
      t.forEach(() => count++);
      expect(count, `${n} edges`).toBe(n);
      for (let i = 0; i < n; i++) expect(t.get((1 + (i % 7)) * TOKEN_SPACE + i)).toBe(i + 1);
    }
  });
  it('holds every edge when sized for more than it gets, or fewer', () => {
    for (const expected of [0, 10, 100_000]) {
      const t = new EdgeTable(expected);
      for (let i = 0; i < 300; i++) t.add(2, i, i + 1);
      for (let i = 0; i < 300; i++) expect(t.get(2 * TOKEN_SPACE + i)).toBe(i + 1);
    }
  });
});

describe('TerminalTable', () => {
  it('grows for nodes past its range and for more terminals than it first holds', () => {
    const t = new TerminalTable();
    for (let node = 0; node < 200; node++) t.add(node, { entry: node * 2 });
    for (let i = 0; i < 100; i++)
      t.add(7, { entry: 1000 + i, ...(i === 3 ? { cased: ['X'] } : {}) });
    expect(t.size).toBe(300);
    expect(t.get(64)).toEqual([{ entry: 128 }]);
    expect(t.get(199)).toEqual([{ entry: 398 }]);
    const seven = t.get(7)!;
    expect(seven).toHaveLength(101);
    expect(seven[0]).toEqual({ entry: 14 });
    expect(seven[4]).toEqual({ entry: 1003, cased: ['X'] });
    expect(seven.at(-1)).toEqual({ entry: 1099 });
    expect(t.get(200)).toBeUndefined();
    expect(t.has(200)).toBe(false);
    let nodes = 0;
    t.forEach(() => nodes++);
    expect(nodes).toBe(200);
  });
  it('takes a node far past its range at once', () => {
    const t = new TerminalTable();
    t.add(1000, { entry: 1 });
    t.add(5000, { entry: 2 });
    expect([t.get(1000), t.get(5000)]).toEqual([[{ entry: 1 }], [{ entry: 2 }]]);
  });
});

describe('a packed dictionary', () => {
  it('packs to the same edges and terminals after unpacking, node numbers without gaps', () => {
    const entries: DictEntry[] = [
      { text: 'Tencent', mode: 'word', ids: ['tencent'] },
      { text: 'Tencent AI Lab', mode: 'word', ids: ['tencent-ai-lab'] },
      { text: 'BAAI', mode: 'case', ids: ['baai'] },
      { text: '智源', mode: 'word', ids: ['baai'] },
    ];
    const packed = packDictionary(buildDictionary(entries));
    const again = packDictionary(unpackDictionary(packed));
    const edges = (p: typeof packed) => {
      const out: string[] = [];
      for (let i = 0; i < p.edges.length; i += 3)
        out.push(`${p.edges[i]}>${p.edges[i + 1]}>${p.edges[i + 2]}`);
      return out.sort();
    };
    expect(edges(again)).toEqual(edges(packed));
    expect(again.terminals).toEqual(packed.terminals);
    // Each new node takes the next number: the children are 1 … n.
    const children = [];
    for (let i = 2; i < packed.edges.length; i += 3) children.push(packed.edges[i]!);
    expect(children.sort((a, b) => a - b)).toEqual(children.map((_, i) => i + 1));
  });
});
