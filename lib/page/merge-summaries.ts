/**
 * "On this page" over every frame: the popup asks each frame that marked something for its
 * summary and merges them — one row per entity, counts added up, and the frame that has it
 * first (for going to it). The top frame's address and on/off state describe the page.
 */
import type { PageEntity } from '../messaging/protocol';

export interface FrameSummary {
  frameId: number;
  url: string;
  enabled: boolean;
  entities: PageEntity[];
}

export interface MergedEntity extends PageEntity {
  /** The frames it is marked in, top frame first. */
  frames: number[];
}

export interface MergedSummary {
  url: string;
  enabled: boolean;
  entities: MergedEntity[];
}

export function mergeSummaries(frames: FrameSummary[]): MergedSummary | null {
  const sorted = [...frames].sort((a, b) => a.frameId - b.frameId);
  const top = sorted.find((f) => f.frameId === 0) ?? sorted[0];
  if (!top) return null;
  const byId = new Map<string, MergedEntity>();
  for (const f of sorted) {
    for (const e of f.entities) {
      const cur = byId.get(e.id);
      if (cur) {
        cur.count += e.count;
        cur.frames.push(f.frameId);
        cur.native ??= e.native;
      } else byId.set(e.id, { ...e, frames: [f.frameId] });
    }
  }
  return { url: top.url, enabled: top.enabled, entities: [...byId.values()] };
}
