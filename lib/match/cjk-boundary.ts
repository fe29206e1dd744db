/**
 * Short Chinese aliases (北大, 清华, 智源) are real words only when no longer word swallows them:
 * 北大 is Peking University in 北大教授 but not in 北大西洋 (the North Atlantic). A word segmenter
 * over a small window decides; running it over whole pages would cost ~80 ms a megabyte.
 */
let segmenter: Intl.Segmenter | undefined;
const WINDOW = 8;
const reHan = /\p{Script=Han}/u;

export function cjkWordAligned(text: string, start: number, end: number): boolean {
  // No Chinese character on either side: no longer Chinese word can hold the candidate.
  if (!reHan.test(text.slice(Math.max(0, start - 2), start) + text.slice(end, end + 2)))
    return true;
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const from = Math.max(0, start - WINDOW);
  const to = Math.min(text.length, end + WINDOW);
  const segments = segmenter.segment(text.slice(from, to));
  // Both ends must be word boundaries: the segments holding them start exactly there.
  // (`containing` looks one boundary up; iterating every segment costs more.)
  const s = start - from;
  const e = end - from;
  return (
    segments.containing(s)?.index === s && (e >= to - from || segments.containing(e)?.index === e)
  );
}
