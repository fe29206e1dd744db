/** What a card knows about where its mention sits: the sentence and the page. */
import { sentenceAround } from '../match/sentence';
import { readPublishedDate, type PublishedDate } from './article-date';

export interface MentionContext {
  /** The sentence the mention is in, and the mention's place in it. */
  sentence: string;
  offset: number;
  length: number;
  url: string;
  title: string;
  /** The page's publication date, when its markup says (meta, JSON-LD or `<time>`). */
  published?: PublishedDate;
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
    published: readPublishedDate(doc),
  };
}
