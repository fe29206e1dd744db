/**
 * A to-do list from the data itself: names that the dataset's own quotes and source titles
 * mention often but that are not entities (nor aliases, nor confusables) yet. English: runs of
 * capitalised words ("Shanghai Jiao Tong University"); Chinese: organisation names ending in a
 * suffix such as 大学, 研究院 or 公司.
 */
import type { CompiledData } from './compile';
import { foldKey } from '../text/tokenize';

const EN = /\b(?:[A-Z][a-zA-Z&.-]+)(?:\s+(?:of|for|and|de)?\s*[A-Z][a-zA-Z&.-]+){1,4}\b/g;
const ZH = /[\u4e00-\u9fff]{2,8}(?:大学|研究院|研究所|实验室|公司|集团|科技|智能|委员会|部)/g;
/** Capitalised runs that are not names. */
const NOT_NAMES =
  /^(?:The|In|On|At|As|For|And|But|It|He|She|They|We|This|That|A|An|By|From|With)\s/;

export function missingNames(
  data: CompiledData,
  min = 3,
  limit = 40,
): { name: string; count: number }[] {
  const known = new Set(data.dictionary.map((d) => foldKey(d.text)));
  for (const e of data.entities) known.add(foldKey(e.name));
  const counts = new Map<string, number>();
  const texts: string[] = data.sources.map((s) => s.title);
  for (const e of data.entities)
    for (const f of e.facts) for (const c of f.citations) texts.push(c.quote);
  for (const t of texts) {
    for (const m of [...(t.match(EN) ?? []), ...(t.match(ZH) ?? [])]) {
      const name = m.trim();
      // A run across a sentence end or a list ("Alibaba and Tencent") is not one name.
      if (NOT_NAMES.test(name) || /\. | and /.test(name) || known.has(foldKey(name))) continue;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  return [...counts.entries()]
    .filter(([, n]) => n >= min)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([name, count]) => ({ name, count }));
}
