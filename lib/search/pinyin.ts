/**
 * Toneless pinyin for Chinese names, so a reader without a Chinese keyboard finds 智源 by typing
 * "zhiyuan" and 黄铁军 by "huang tiejun". Search only: marking never guesses readings.
 */
import { PINYIN_TABLE } from './pinyin-table';

let table: Map<string, string> | undefined;

function load(): Map<string, string> {
  const map = new Map<string, string>();
  for (const chunk of PINYIN_TABLE)
    for (const [, syllable, chars] of chunk.matchAll(/([a-z]+)(\p{Script=Han}+)/gu))
      for (const c of chars!) map.set(c, syllable!);
  return map;
}

/**
 * The syllables of a Chinese name, or null when it has a character the table does not know or
 * any non-Chinese character (a mixed name has no single reading worth searching for).
 */
export function pinyinSyllables(text: string): string[] | null {
  table ??= load();
  const out: string[] = [];
  for (const c of text.replace(/[\s·・]/g, '')) {
    const s = table.get(c);
    if (!s) return null;
    out.push(s);
  }
  return out.length > 0 ? out : null;
}
