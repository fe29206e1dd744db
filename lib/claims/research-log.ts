/**
 * The research log: captured evidence notes in IndexedDB, in the extension's own origin (the
 * service worker's), never sent anywhere. Searchable by any words of the note.
 */
import type { DBSchema } from 'idb';
import { openDatabase, reconnecting } from '../user-data/db';
import type { EvidenceNote } from './evidence';

interface LogDb extends DBSchema {
  notes: { key: number; value: EvidenceNote; indexes: { captured: string } };
}

export const LOG_DB = 'inkling-research-log';

// The packs' database handling: a timeout instead of a hang, and a new connection after the
// browser or a newer version closes this one.
const connection = reconnecting((onLost) =>
  openDatabase<LogDb>(
    LOG_DB,
    1,
    (d) => {
      const store = d.createObjectStore('notes', { keyPath: 'id', autoIncrement: true });
      store.createIndex('captured', 'captured');
    },
    { onLost },
  ),
);
const open = connection.get;

/** Adds a note; the same sentence on the same page about the same entity replaces the old one. */
export async function addNote(note: EvidenceNote): Promise<number> {
  const d = await open();
  const tx = d.transaction('notes', 'readwrite');
  let id: number | undefined;
  for await (const cursor of tx.store) {
    const v = cursor.value;
    if (v.url === note.url && v.sentence === note.sentence && v.entityId === note.entityId) {
      id = v.id;
      break;
    }
  }
  const { id: _drop, ...rest } = note;
  const key = await tx.store.put(id === undefined ? (rest as EvidenceNote) : { ...rest, id });
  await tx.done;
  return key;
}

/** Notes, newest first; `query` keeps those containing every word of it (any case). */
export async function listNotes(query = ''): Promise<EvidenceNote[]> {
  const d = await open();
  const all = (await d.getAllFromIndex('notes', 'captured')).reverse();
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return all;
  return all.filter((n) => {
    const hay = [
      n.title,
      n.url,
      n.sentence,
      n.entityName,
      ...n.claims.map((c) => `${c.quote} ${c.evidence?.text ?? ''}`),
    ]
      .join(' ')
      .toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

export async function deleteNote(id: number): Promise<void> {
  await (await open()).delete('notes', id);
}

export async function clearNotes(): Promise<void> {
  await (await open()).clear('notes');
}

/** Closes the connection (tests reopen a fresh database). */
export const closeLog = (): Promise<void> => connection.close();
