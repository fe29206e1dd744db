/** Turns valibot issues into "entities[12].facts[0].citations[0].url: must be https". */
import type * as v from 'valibot';

export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out ? `.${key}` : key;
  return out;
}

export function formatIssues(prefix: string, issues: readonly v.BaseIssue<unknown>[]): string[] {
  return issues.map((issue) => {
    const keys = (issue.path ?? []).map((p) => p.key as string | number);
    const where = formatPath([prefix, ...keys].filter((k) => k !== ''));
    return `${where}: ${issue.message}`;
  });
}
