/** How a card writes when a fact or relation held: "2003", "2016–2020", "since 2020 · as of Nov 2026". */
import type { TimeSpan } from '../dataset/schema';
import type { Lang } from '../i18n/strings';

export function formatTime(time?: TimeSpan): string {
  if (!time) return '';
  if (time.from !== undefined && time.to !== undefined)
    return time.from === time.to ? `${time.from}` : `${time.from}–${time.to}`;
  if (time.from !== undefined) return `${time.from}–`;
  if (time.to !== undefined) return `–${time.to}`;
  return '';
}

const MONTHS_EN = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/** "2026-11" → "Nov 2026" (en) / "2026年11月" (zh); a bare year stays a year. */
export function formatDate(date: string, lang: Lang): string {
  const [y, m] = date.split('-');
  if (!m) return y!;
  const month = Number(m);
  return lang === 'zh' ? `${y}年${month}月` : `${MONTHS_EN[month - 1] ?? m} ${y}`;
}

/**
 * A fact's time as the card shows it. A fact that holds now (it has an "as of" date and no end)
 * reads "since 2020 · as of Nov 2026", so a reader sees how fresh a role is; an ended one
 * "2016–2020".
 */
export function formatFactTime(f: { time?: TimeSpan; asOf?: string }, lang: Lang): string {
  if (f.asOf && f.time?.to === undefined) {
    const asOf = formatDate(f.asOf, lang);
    if (lang === 'zh')
      return f.time?.from !== undefined ? `${f.time.from}年起 · 截至${asOf}` : `截至${asOf}`;
    return f.time?.from !== undefined ? `since ${f.time.from} · as of ${asOf}` : `as of ${asOf}`;
  }
  return formatTime(f.time);
}
