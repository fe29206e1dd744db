/** Worker messages for data packs and user data (see lib/messaging/protocol.ts). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled as the feature grows
export interface StoreProtocol {}
