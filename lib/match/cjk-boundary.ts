/**
 * Short Chinese aliases (北大, 清华, 智源) are real words only when no longer word swallows them:
 * 北大 is Peking University in 北大教授 but not in 北大西洋 (the North Atlantic). A word segmenter
 * over a small window decides; running it over whole pages would cost ~80 ms a megabyte.
 */
let segmenter: Intl.Segmenter | undefined;
const WINDOW = 8;

export function cjkWordAligned(text: string, start: number, end: number): boolean {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const from = Math.max(0, start - WINDOW);
  const to = Math.min(text.length, end + WINDOW);
  const window = text.slice(from, to);
  const s = start - from;
  const e = end - from;
  for (const seg of segmenter.segment(window)) {
    const a = seg.index;
    const b = a + seg.segment.length;
    // A segment that crosses either edge of the candidate means a longer word contains it.
    if ((a < s && b > s) || (a < e && b > e)) return false;
    if (a >= e) break;
  }
  return true;
}
