/**
 * The two halves of a subframe's start share the frame's isolated world (the gate is a content
 * script, the page script is injected into the same world): a flag there makes each step happen
 * once per frame and extension context. The page cannot see or set it.
 */
const KEY = '__inklingFrame';

export type FrameStep = 'asked' | 'content';

/** True the first time a step is claimed in this world, false after. */
export function claimFrameStart(world: object, step: FrameStep): boolean {
  const w = world as Record<string, unknown>;
  const done = (w[KEY] ??= {}) as Record<string, boolean>;
  if (done[step]) return false;
  done[step] = true;
  return true;
}
