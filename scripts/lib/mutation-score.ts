/**
 * Mutation scores from Stryker's JSON reports (mutation-testing-elements schema): per file and
 * summed over several reports, so a folder measured one file at a time gets one score.
 */
export interface MutationReport {
  files: Record<string, { mutants: { status: string }[] }>;
}

export interface Score {
  /** Killed + timed out. */
  detected: number;
  /** Detected + survived + no coverage (compile errors and ignored mutants are not counted). */
  total: number;
  score: number;
  /** Mutants per status. */
  n: Record<string, number>;
}

export function scoreOf(counts: Record<string, number>): Score {
  const detected = (counts.Killed ?? 0) + (counts.Timeout ?? 0);
  const total = detected + (counts.Survived ?? 0) + (counts.NoCoverage ?? 0);
  return { detected, total, score: total ? (100 * detected) / total : 100, n: counts };
}

/**
 * Counts per source file over several reports. A file in more than one report is taken from the
 * last (callers pass older reports first), so a re-measured file is not counted twice.
 */
export function countsPerFile(reports: MutationReport[]): Map<string, Record<string, number>> {
  const out = new Map<string, Record<string, number>>();
  for (const r of reports)
    for (const [file, { mutants }] of Object.entries(r.files)) {
      const n: Record<string, number> = {};
      for (const m of mutants) n[m.status] = (n[m.status] ?? 0) + 1;
      out.set(file, n);
    }
  return out;
}

export function sumCounts(all: Iterable<Record<string, number>>): Record<string, number> {
  const sum: Record<string, number> = {};
  for (const n of all) for (const [k, v] of Object.entries(n)) sum[k] = (sum[k] ?? 0) + v;
  return sum;
}

/**
 * The report of a run over `file` that ended well, with `file` in it: Stryker leaves a file with
 * nothing to mutate (types only) out of its report, or writes none, yet the file was measured.
 */
export function withFile(report: MutationReport | undefined, file: string): MutationReport {
  if (report?.files[file]) return report;
  return { files: { ...report?.files, [file]: { mutants: [] } } };
}
