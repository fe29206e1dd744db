/** What a card knows about where its mention sits: the sentence and the page. */
import { sentenceAround } from '../match/sentence';

export interface MentionContext {
  /** The sentence the mention is in, and the mention's place in it. */
  sentence: string;
  offset: number;
  length: number;
  url: string;
  title: string;
}

export function buildMentionContext(
  doc: Document,
  blockText: string,
  start: number,
  end: number,
): MentionContext {
  const s = sentenceAround(blockText, start, end);
  return {
    sentence: s.text,
    offset: s.offset,
    length: end - start,
    url: doc.location?.href ?? '',
    title: doc.title,
  };
}
