/**
 * Decides whether an alias that is also an ordinary word or first name ("Mila", "Caffe") is used
 * as our entity's name in its sentence. Uses compromise, so it runs only in the service worker
 * (and in Node for the evaluation), never in the content script — and only for the few
 * sentences that hold such a candidate.
 */
import nlp from 'compromise';

export interface ContextCase {
  /** The sentence, and where the candidate sits in it. */
  sentence: string;
  offset: number;
  length: number;
  /** Is the entity a person? */
  person: boolean;
  /** Does the same document name the entity unambiguously elsewhere? */
  anchored: boolean;
}

const CUES =
  /\b(ai|artificial intelligence|machine learning|deep learning|neural|network|research|researchers?|institute|lab|laborator(y|ies)|framework|model|algorithm|universit(y|ies)|professor|scientists?|computer|github|open[- ]source|quebec|montr[eé]al|bengio|gpu|library|code|dataset|benchmark|conference|paper)\b|人工智能|研究|框架|实验室/i;
const TITLE_BEFORE =
  /\b(mr|ms|mrs|miss|dr|prof|professor|actress|actor|singer|my friend|her|his|named|called)\.?\s*$/i;

export function judgeContext(c: ContextCase): boolean {
  const before = c.sentence.slice(0, c.offset);
  const after = c.sentence.slice(c.offset + c.length);
  const personUse = usedAsPersonName(c, before, after);
  if (c.person) return c.anchored && personUse;
  if (personUse) return false;
  return c.anchored || CUES.test(c.sentence);
}

function usedAsPersonName(c: ContextCase, before: string, after: string): boolean {
  if (TITLE_BEFORE.test(before)) return true;
  // "Mila Kunis": a capitalised word right after that compromise sees as part of a name.
  const word = c.sentence.slice(c.offset, c.offset + c.length);
  const doc = nlp(c.sentence);
  const people = doc.people().out('array') as string[];
  if (people.some((p) => p.split(/\s+/).length > 1 && p.includes(word))) return true;
  // A following verb of speech or a possessive pronoun points at a person ("Mila said she…").
  return (
    /^\s+(said|says|told|smiled|laughed|and her|and his|,\s*who)\b/i.test(after) ||
    /^\s*,?\s*(she|he)\b/i.test(after)
  );
}
