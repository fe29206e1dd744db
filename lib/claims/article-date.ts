/**
 * The page's publication date, read from its markup in order of reliability:
 * `article:published_time` (and similar meta tags), JSON-LD `datePublished`, then `<time>`
 * elements (one marked as the publication date first, then one in the article's header).
 */
export type DateOrigin = 'meta' | 'json-ld' | 'time';
export interface PublishedDate {
  /** YYYY, YYYY-MM or YYYY-MM-DD, as precise as the page says. */
  date: string;
  from: DateOrigin;
}

const META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="citation_publication_date"]',
  'meta[name="dc.date.issued"]',
  'meta[name="DC.date.issued"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[property="og:published_time"]',
];

/** "2019-05-03T08:00:00+08:00", "2019/05/03", "May 3, 2019" → "2019-05-03". */
export function normaliseDate(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  const s = raw.trim();
  const zh = /(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?/.exec(s);
  if (zh) return normaliseDate([zh[1], zh[2], zh[3]].filter(Boolean).join('-'));
  const iso = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?![\d])/.exec(s);
  if (iso) {
    const [, y, m, d] = iso;
    if (!m) return y;
    const mm = m.padStart(2, '0');
    if (Number(mm) < 1 || Number(mm) > 12) return y;
    return d ? `${y}-${mm}-${d.padStart(2, '0')}` : `${y}-${mm}`;
  }
  const t = Date.parse(s);
  if (Number.isNaN(t)) return undefined;
  return new Date(t).toISOString().slice(0, 10);
}

export function readPublishedDate(doc: Document): PublishedDate | undefined {
  for (const sel of META) {
    const date = normaliseDate(doc.querySelector(sel)?.getAttribute('content'));
    if (date) return { date, from: 'meta' };
  }
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const date = normaliseDate(fromJsonLd(script.textContent ?? ''));
    if (date) return { date, from: 'json-ld' };
  }
  const times = [
    ...doc.querySelectorAll('time[itemprop="datePublished"], time[pubdate], time[data-published]'),
    ...doc.querySelectorAll('article header time[datetime], header time[datetime]'),
    ...doc.querySelectorAll('article time[datetime], main time[datetime]'),
    ...doc.querySelectorAll('time[datetime]'),
  ];
  for (const el of times) {
    const date = normaliseDate(el.getAttribute('datetime') ?? el.textContent);
    if (date) return { date, from: 'time' };
  }
  return undefined;
}

/** The first `datePublished` in a JSON-LD block (objects, arrays and `@graph` alike). */
export function fromJsonLd(text: string): string | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  const stack: unknown[] = [data];
  let guard = 0;
  while (stack.length > 0 && guard++ < 500) {
    const v = stack.shift();
    if (Array.isArray(v)) stack.push(...v);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.datePublished === 'string') return o.datePublished;
      stack.push(...Object.values(o).filter((x) => x && typeof x === 'object'));
    }
  }
  return undefined;
}
