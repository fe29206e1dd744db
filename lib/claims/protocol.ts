/** Worker messages for claim checking and the research log (see lib/messaging/protocol.ts). */
import type { MentionContext } from './mention-context';
import type { ClaimReport } from './types';
import type { EvidenceNote } from './evidence';

export interface ClaimsProtocol {
  /**
   * Card → worker: check the sentence around a mention against the entity's facts and
   * relations (compromise runs here, not in the page), and read them against the article's
   * date when the page gives one.
   */
  'claims:check': { req: { id: string; context: MentionContext }; res: ClaimReport | null };
  /** Card → worker: keep a captured evidence note in the research log; answers its id. */
  'claims:log-add': { req: { note: EvidenceNote }; res: number };
  /** Options page → worker: notes, newest first, filtered by words of `query`. */
  'claims:log-list': { req: { query?: string }; res: EvidenceNote[] };
  /** Options page → worker: delete one note. */
  'claims:log-delete': { req: { id: number }; res: boolean };
  /** Options page → worker: delete every note. */
  'claims:log-clear': { req: Record<string, never>; res: boolean };
}
