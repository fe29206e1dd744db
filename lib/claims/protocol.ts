/** Worker messages for claim checking and the research log (see lib/messaging/protocol.ts). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled as the feature grows
export interface ClaimsProtocol {}
