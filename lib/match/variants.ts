/**
 * The token sequences one alias stands for. Written names vary in ways we generate rather than
 * list: "Song-Chun Zhu" is also written "Song Chun Zhu" and "Songchun Zhu", so a hyphen between
 * two Latin parts yields both the split and the joined form.
 */
import { tokenize } from '../text/tokenize';

export interface AliasForm {
  /** Folded token keys. */
  keys: string[];
  /** The same tokens in their original case (NFKC), for case-sensitive aliases. */
  cased: string[];
}

const MAX_VARIANTS = 8;

export function aliasForms(alias: string): AliasForm[] {
  const t = tokenize(alias);
  if (t.keys.length === 0) return [];
  const cased = t.starts.map((s, i) => stripInvisible(alias.slice(s, t.ends[i]).normalize('NFKC')));
  let forms: AliasForm[] = [{ keys: [t.keys[0]!], cased: [cased[0]!] }];
  for (let i = 1; i < t.keys.length; i++) {
    const gap = alias.slice(t.ends[i - 1], t.starts[i]);
    const joinable = /^[-‐‑]$/.test(gap) && t.cjk[i] === 0 && t.cjk[i - 1] === 0;
    const next: AliasForm[] = [];
    for (const f of forms) {
      next.push({ keys: [...f.keys, t.keys[i]!], cased: [...f.cased, cased[i]!] });
      if (joinable && next.length < MAX_VARIANTS) {
        next.push({
          keys: [...f.keys.slice(0, -1), f.keys[f.keys.length - 1]! + t.keys[i]!],
          cased: [...f.cased.slice(0, -1), f.cased[f.cased.length - 1]! + cased[i]!.toLowerCase()],
        });
      }
    }
    forms = next;
  }
  return forms;
}

function stripInvisible(s: string): string {
  return s.replace(/[\u00ad\u200b-\u200d\u2060\ufeff\p{M}]/gu, '');
}
