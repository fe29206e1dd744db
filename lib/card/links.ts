/** Links a card may show: only http(s) after parsing; the quote appended as a text fragment. */
export function safeHttpUrl(raw: string): URL | null {
  try {
    const u = new URL(raw);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u : null;
  } catch {
    return null;
  }
}

/** Opens the source at the quote: `#:~:text=start,end` for long quotes, the whole quote if short. */
export function textFragmentUrl(raw: string, quote: string): string | null {
  const u = safeHttpUrl(raw);
  if (!u) return null;
  const words = quote.replace(/\s+/g, ' ').trim().split(' ');
  const enc = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C');
  const fragment =
    words.length <= 8
      ? enc(words.join(' '))
      : `${enc(words.slice(0, 4).join(' '))},${enc(words.slice(-4).join(' '))}`;
  u.hash = '';
  return `${u.href}#:~:text=${fragment}`;
}
