/** The "Not this one" choices in local storage (lib/settings/rejections.ts). */
import { storage } from '#imports';
import { sanitizeRejections, withRejection, withoutRejection, type Rejection } from './rejections';
import { quietUnwatch } from './quiet-unwatch';
import { lazyItem } from './lazy-item';

export const rejectionsItem = lazyItem(() =>
  storage.defineItem<Rejection[]>('local:rejections', { fallback: [] }),
);

export async function loadRejections(): Promise<Rejection[]> {
  try {
    return sanitizeRejections(await rejectionsItem.getValue());
  } catch {
    return [];
  }
}

export async function saveRejections(list: Rejection[]): Promise<void> {
  await rejectionsItem.setValue(sanitizeRejections(list));
}

export async function addRejection(r: Rejection): Promise<void> {
  await saveRejections(withRejection(await loadRejections(), r));
}

export async function removeRejection(r: Pick<Rejection, 'site' | 'entity' | 'text'>) {
  await saveRejections(withoutRejection(await loadRejections(), r));
}

export function watchRejections(cb: (list: Rejection[]) => void): () => void {
  const off = rejectionsItem.watch((v) => cb(sanitizeRejections(v)));
  return quietUnwatch(off);
}
