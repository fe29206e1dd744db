/** The sentence around an offset: enough context for the context judge and claim checks. */
const END = /[.!?。！？;；]/;
const MAX = 400;

export function sentenceAround(
  text: string,
  start: number,
  end: number,
): { text: string; offset: number } {
  let a = start;
  const lo = Math.max(0, start - MAX);
  while (a > lo) {
    const ch = text[a - 1]!;
    // A period ends a sentence only before white space or a CJK full stop (not in "S.-C." or "3.5").
    if (END.test(ch) && (ch !== '.' || /\s/.test(text[a] ?? ' ')) && !isInitial(text, a - 1)) break;
    a--;
  }
  let b = end;
  const hi = Math.min(text.length, end + MAX);
  while (b < hi) {
    const ch = text[b]!;
    b++;
    if (END.test(ch) && (ch !== '.' || /\s/.test(text[b] ?? ' ')) && !isInitial(text, b - 1)) break;
  }
  while (a < start && /\s/.test(text[a]!)) a++;
  return { text: text.slice(a, b).trim(), offset: start - a };
}

/** "S. Zhu", "Mr. Lee": a period after a single capital or a title is not a sentence end. */
function isInitial(text: string, dot: number): boolean {
  if (text[dot] !== '.') return false;
  // The longest title (4 letters) and the character before it, which must not be a letter.
  const before = text.slice(Math.max(0, dot - 5), dot);
  return /(^|[\s(])([A-Z]|Mr|Ms|Mrs|Dr|Prof|St)$/.test(before);
}
