/**
 * Is this page written in Chinese? Its declared language says so (`<html lang="zh…">`), or,
 * when it declares none or another, most of the letters of its first few thousand characters
 * of text are Chinese. A card on such a page shows the summary in both languages for a reader
 * whose interface is English.
 */
export function pageIsChinese(doc: Document, sample = 4000): boolean {
  const declared = (doc.documentElement?.lang ?? '').toLowerCase();
  if (declared.startsWith('zh')) return true;
  const text = (doc.body?.textContent ?? '').slice(0, sample);
  return mostlyChinese(text);
}

/** More than half of the letters are Han characters. */
export function mostlyChinese(text: string): boolean {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = text.match(/\p{L}/gu)?.length ?? 0; // Han characters are letters too
  return han > 0 && han * 2 > latin;
}
