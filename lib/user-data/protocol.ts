/**
 * Worker messages for data packs and user data (see lib/messaging/protocol.ts). Only Inkling's
 * own extension pages (options, popup) may send them; content scripts are refused.
 */
import type { PackResult } from '../dataset/pack';
import type { PackInfo, PackProblem } from './packs';

export interface ExportedFile {
  filename: string;
  text: string;
}

export interface StoreProtocol {
  /** Installed packs, where they are kept, and packs that could not be loaded. */
  'packs:list': {
    req: Record<string, never>;
    res: {
      packs: PackInfo[];
      backend: 'indexeddb' | 'memory';
      storageProblem?: string;
      problems: PackProblem[];
    };
  };
  /** Validate a whole pack file and install it (enabled), or report every error with its path. */
  'packs:import': { req: { text: string }; res: PackResult<PackInfo> };
  /** Switch a pack on or off; its entities are marked and searched only while it is on. */
  'packs:enable': { req: { id: string; enabled: boolean }; res: PackInfo };
  /** Remove a pack (the user asked; nothing else ever deletes one). */
  'packs:remove': { req: { id: string }; res: boolean };
  /** A pack as the file it was imported from. */
  'packs:export': { req: { id: string }; res: ExportedFile };
  /** Settings and every pack as one file. */
  'backup:export': { req: Record<string, never>; res: ExportedFile };
  /** Restore a backup: validated whole, new packs written in one transaction, then settings. */
  'backup:import': {
    req: { text: string };
    res: PackResult<{ added: string[]; skipped: string[] }>;
  };
}
