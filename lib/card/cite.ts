/** Citation formats for "Copy citation": Markdown, plain text, BibTeX. */
import type { Fact, Source } from '../dataset/schema';

export function citeMarkdown(fact: Fact, source: Source, quote: string): string {
  const date = source.published ? `, ${source.published}` : '';
  return `${fact.text} — “${quote}” ([${source.publisher}${date}](${source.url}), accessed ${source.accessed})`;
}

export function citePlain(fact: Fact, source: Source, quote: string): string {
  const date = source.published ? `, ${source.published}` : '';
  return `${fact.text} "${quote}" ${source.publisher}${date}. ${source.title}. ${source.url} (accessed ${source.accessed})`;
}

const bibEscape = (s: string) => s.replace(/[{}\\]/g, '').replace(/[&%$#_]/g, (c) => `\\${c}`);

export function citeBibtex(source: Source): string {
  const year = source.published?.slice(0, 4);
  const type = source.kind === 'journal' ? 'article' : 'misc';
  const fields: [string, string | undefined][] = [
    ['title', source.title],
    ['author', source.author],
    [source.kind === 'journal' ? 'journal' : 'publisher', source.publisher],
    ['year', year],
    ['url', source.url],
    ['urldate', source.accessed],
  ];
  const body = fields
    .filter(([, v]) => v)
    .map(([k, v]) => `  ${k} = {${k === 'url' ? v : bibEscape(v!)}}`)
    .join(',\n');
  return `@${type}{${source.id.replace(/[^a-zA-Z0-9-]/g, '')},\n${body}\n}`;
}
