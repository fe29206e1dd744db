/** The worker's answers for data packs and user data. */
import type { Handlers } from '../messaging/client';
import type { StoreProtocol } from './protocol';

export const storeHandlers: Handlers<StoreProtocol> = {};
