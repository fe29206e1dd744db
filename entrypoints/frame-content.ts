/**
 * The page script for a subframe, injected by the worker (frame:start) once the frame gate has
 * found words in the frame. Same isolated world as the gate; nothing a page can load or probe.
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startContent } from '../lib/page/start-content';
import { claimFrameStart } from '../lib/page/frame-start';

export default defineUnlistedScript(() => {
  // Injected twice (a gate from before an extension update, a repeated request): start once.
  if (!claimFrameStart(globalThis, 'content')) return;
  return startContent(new ContentScriptContext('frame-content'), 'frame-content');
});
