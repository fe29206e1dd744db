/**
 * Line ranges that split a long source file for mutation testing in pieces (scripts/mutation.ts
 * --parts). Stryker mutates only code wholly inside a `file:start-end` range, so a range must not
 * cut through a statement: each range is a run of whole top-level statements (with the comments
 * before them), and together the ranges cover every line. A statement longer than `maxLines`
 * gets a range of its own.
 */
import ts from 'typescript';

export interface LineRange {
  /** 1-based, inclusive. */
  start: number;
  end: number;
}

export function chunksOf(source: string, maxLines: number): LineRange[] {
  const file = ts.createSourceFile('chunk.ts', source, ts.ScriptTarget.Latest, false);
  const lineOf = (pos: number) => file.getLineAndCharacterOfPosition(pos).line + 1;
  const last = lineOf(source.length);
  const ranges: LineRange[] = [];
  let start = 1;
  let end = 0;
  for (const statement of file.statements) {
    const stop = lineOf(statement.getEnd());
    // This statement would make the range too long: close the range before its first line
    // (its leading comments go with it).
    if (end >= start && stop - start + 1 > maxLines) {
      ranges.push({ start, end });
      start = end + 1;
    }
    end = stop;
  }
  if (start <= last) ranges.push({ start, end: last });
  return ranges;
}
