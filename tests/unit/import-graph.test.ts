/**
 * The shape of the code (docs/ARCHITECTURE.md): lib/ is the logic and imports nothing from the
 * UI (components/), the entrypoints or the scripts; and no module imports itself back through
 * others (a cycle makes load order matter and units impossible to take apart).
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'generated' ? [] : sources(p);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [p] : [];
  });
}

/** Each module's relative imports (static, type-only and dynamic), as repository paths. */
function graph(): Map<string, string[]> {
  const files = ['lib', 'components', 'entrypoints'].flatMap((d) => sources(join(root, d)));
  const out = new Map<string, string[]>();
  for (const f of files) {
    const info = ts.preProcessFile(readFileSync(f, 'utf8'), true, true);
    const deps = info.importedFiles
      .map((i) => i.fileName.replace(/\?raw$/, ''))
      .filter((spec) => spec.startsWith('.'))
      .map((spec) => resolve(dirname(f), spec))
      .map((p) =>
        [p, `${p}.ts`, `${p}.tsx`, join(p, 'index.ts')].find(
          (c) => existsSync(c) && statSync(c).isFile(),
        ),
      )
      .filter((p): p is string => !!p)
      .map((p) => relative(root, p));
    out.set(relative(root, f), deps);
  }
  return out;
}

/** Modules on a cycle, each cycle once (strongly connected components of more than one). */
function cycles(g: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of g.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const scc: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      scc.push(w);
    } while (w !== v);
    if (scc.length > 1 || (g.get(v) ?? []).includes(v)) found.push(scc.sort());
  };
  for (const v of g.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe('the import graph', () => {
  const g = graph();

  it('is read (the check sees the imports)', () => {
    expect(g.get('lib/page/controller.ts')).toContain('lib/page/marking.ts');
    expect(g.get('entrypoints/content.ts')).toContain('lib/page/start-content.ts');
    expect(g.get('lib/page/start-content.ts')).toContain('lib/page/controller.ts');
  });

  it('has no cycle', () => {
    expect(cycles(g)).toEqual([]);
    // The check finds one where there is one.
    expect(
      cycles(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
          ['d', ['a']],
        ]),
      ),
    ).toEqual([['a', 'b', 'c']]);
  });

  it('never leads from lib/ to the UI, the entrypoints or the scripts', () => {
    const outward = [...g]
      .filter(([f]) => f.startsWith('lib/'))
      .flatMap(([f, deps]) => deps.filter((d) => !d.startsWith('lib/')).map((d) => `${f} → ${d}`));
    expect(outward).toEqual([]);
  });
});
