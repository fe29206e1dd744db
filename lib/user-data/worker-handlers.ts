/**
 * The worker's answers for data packs and user data. Each change to the packs rebuilds the
 * runtime and bumps the data version, so open tabs fetch the new dictionary and rescan.
 */
import type { Handlers } from '../messaging/client';
import type { StoreProtocol } from './protocol';
import { getPackStore } from './instance';
import { exportPack, importPack, isStoredPack, packInfo } from './packs';
import { backupToJson, planRestore } from './backup';
import { loadRejections, saveRejections } from '../settings/rejections-store';
import { mergeRejections } from '../settings/rejections';
import { bundled, invalidateRuntime, packProblems, getRuntime } from '../worker/runtime-holder';
import { dataVersionItem } from '../settings/data-version';
import { loadSettings, saveSettings } from '../settings/settings-storage';

async function dataChanged(): Promise<void> {
  invalidateRuntime();
  await dataVersionItem.setValue(((await dataVersionItem.getValue()) ?? 0) + 1);
}

const today = () => new Date().toISOString().slice(0, 10);

export const storeHandlers: Handlers<StoreProtocol> = {
  'packs:list': async () => {
    const store = await getPackStore();
    await getRuntime(); // so that `problems` describes the packs as currently loaded
    const all = await store.list();
    const damaged = all.filter((p) => !isStoredPack(p));
    return {
      packs: all
        .filter(isStoredPack)
        .sort((a, b) => a.importedAt - b.importedAt)
        .map(packInfo),
      backend: store.backend,
      storageProblem: store.problem,
      problems: [
        ...packProblems(),
        ...damaged.map((p) => ({
          id: String((p as { id?: unknown }).id),
          errors: ['damaged record (kept, not loaded)'],
        })),
      ],
    };
  },
  'packs:import': async ({ text }: { text: string }) => {
    const r = await importPack(await getPackStore(), bundled, String(text));
    if (r.ok) await dataChanged();
    return r;
  },
  'packs:enable': async ({ id, enabled }: { id: string; enabled: boolean }) => {
    const p = await (await getPackStore()).setEnabled(String(id), enabled === true);
    await dataChanged();
    return packInfo(p);
  },
  'packs:remove': async ({ id }: { id: string }) => {
    await (await getPackStore()).remove(String(id));
    await dataChanged();
    return true;
  },
  'packs:export': async ({ id }: { id: string }) => ({
    filename: `${id}.inkling-pack.json`,
    text: await exportPack(await getPackStore(), String(id)),
  }),
  'backup:export': async () => ({
    filename: `inkling-backup-${today()}.json`,
    text: backupToJson(
      await loadSettings(),
      await (await getPackStore()).list(),
      new Date(),
      await loadRejections(),
    ),
  }),
  'backup:import': async ({ text }: { text: string }) => {
    const store = await getPackStore();
    const plan = await planRestore(store, bundled, String(text));
    if (!plan.ok) return plan;
    const { writes, skipped, settings, rejections } = plan.value;
    if (writes.length > 0) {
      await store.put(writes);
      await dataChanged();
    }
    await saveSettings(settings);
    if (rejections.length > 0)
      await saveRejections(mergeRejections(await loadRejections(), rejections));
    return { ok: true, value: { added: writes.map((w) => w.pack.id), skipped } };
  },
};
