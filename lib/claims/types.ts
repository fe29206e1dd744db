/** What a claim check produces: one verdict per checkable piece of the sentence. */
import type { Citation, EventType, TimeSpan } from '../dataset/schema';

/** matches: the dataset agrees; differs: it says otherwise; unknown: not in the dataset. */
export type Verdict = 'matches' | 'differs' | 'unknown';
export type ClaimKind = 'year' | 'number' | 'role' | 'entity';

/** A statement of the dataset that a claim was compared with: a fact or a relation. */
export interface Evidence {
  text: string;
  time?: TimeSpan;
  citations: Citation[];
}

export interface ClaimResult {
  kind: ClaimKind;
  /** The words of the sentence the claim rests on ("2019", "director", "BIGAI"). */
  quote: string;
  /** Offsets of `quote` in the sentence. */
  start: number;
  end: number;
  verdict: Verdict;
  /** For "differs": the dataset's value, e.g. "2020". */
  datasetValue?: string;
  /** The supporting (matches) or contradicting (differs) statement. */
  evidence?: Evidence;
  /** The event the claim is about, in the dataset's types, when it was read as one. */
  event?: EventType;
  /** The time the sentence gives ("2017", "before 2010") and the one the fact gives ("2020"). */
  claimTime?: string;
  factTime?: string;
}

/** What held at the article's date, from facts and relations with time ranges. */
export interface AtDateReport {
  /** The article's publication date as read from the page (YYYY, YYYY-MM or YYYY-MM-DD). */
  date: string;
  held: Evidence[];
  /** Facts and relations that began after the article's date. */
  later: Evidence[];
}

export interface ClaimReport {
  entityId: string;
  sentence: string;
  claims: ClaimResult[];
  atDate?: AtDateReport;
}
