/**
 * Which name and which text a reader sees first. With the Chinese interface, the Chinese name
 * leads and the English follows; with the English interface, the English name leads and the
 * Chinese stands beside it. Summaries and fact texts come in the reader's language where the
 * data has them (quotes are never translated: they stay as their sources wrote them).
 */
import type { Lang } from './strings';

export interface NamePair {
  /** The name to show first. */
  primary: string;
  /** The other name, if there is one and it differs. */
  secondary?: string;
  /** Is the primary name Chinese (for the lang attribute)? */
  primaryZh: boolean;
}

export function namePair(lang: Lang, name: string, native?: string): NamePair {
  if (!native || native === name) return { primary: name, primaryZh: isHan(name) };
  return lang === 'zh'
    ? { primary: native, secondary: name, primaryZh: true }
    : { primary: name, secondary: native, primaryZh: isHan(name) };
}

/** One line of text for lists and labels: "黄铁军 Tiejun Huang" / "Tiejun Huang 黄铁军". */
export function nameLine(lang: Lang, name: string, native?: string): string {
  const p = namePair(lang, name, native);
  return p.secondary ? `${p.primary} ${p.secondary}` : p.primary;
}

/** The text in the reader's language, falling back to English where Chinese is missing. */
export function inLang(lang: Lang, en: string, zh?: string): string {
  return lang === 'zh' && zh ? zh : en;
}

export function isHan(s: string): boolean {
  return /\p{Script=Han}/u.test(s);
}
