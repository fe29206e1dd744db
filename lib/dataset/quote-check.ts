/**
 * Is a quote found in a source text? Compares canonical forms that ignore what extraction
 * changes: white space and line breaks, words hyphenated across line breaks ("Cali-\nfornia"),
 * curly versus straight quotes and apostrophes.
 */
export function canonicalForQuotes(s: string): string {
  // Quotes first: NFKC splits the double prime ″ into two primes, which would read as ''.
  return s
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .normalize('NFKC')
    .replace(/\u00ad/g, '')
    .replace(/\s+/g, ' ')
    .replace(/- /g, '')
    .replace(/-/g, '')
    .trim();
}

export function quoteFoundIn(quote: string, source: string): boolean {
  return canonicalForQuotes(source).includes(canonicalForQuotes(quote));
}
