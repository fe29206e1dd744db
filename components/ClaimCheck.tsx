/** Checks the sentence around a mention against the entity's facts (see lib/claims/). */
import type { CardData } from '../lib/card/card-data';
import type { MentionContext } from '../lib/claims/mention-context';
import type { Lang } from '../lib/i18n/strings';

export interface ClaimCheckProps {
  data: CardData;
  context: MentionContext;
  lang: Lang;
}

export function ClaimCheck(_props: ClaimCheckProps) {
  return null;
}
