/** The worker's answers for claim checking and the research log. */
import type { Handlers } from '../messaging/client';
import type { ClaimsProtocol } from './protocol';

export const claimsHandlers: Handlers<ClaimsProtocol> = {};
