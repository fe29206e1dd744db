/**
 * The worker's one dispatcher: every feature's handlers, each message checked against who may
 * send it (`workerSenders` in lib/messaging/protocol.ts) before its handler runs.
 */
import { createDispatcher, thisExtension, type Self } from '../messaging/client';
import { workerSenders, type WorkerProtocol } from '../messaging/protocol';
import { coreHandlers } from './core-handlers';
import { claimsHandlers } from '../claims/worker-handlers';
import { storeHandlers } from '../user-data/worker-handlers';

export function createWorkerDispatcher(self: Self = thisExtension()) {
  return createDispatcher<WorkerProtocol>(
    { ...coreHandlers, ...claimsHandlers, ...storeHandlers },
    workerSenders,
    self,
  );
}
