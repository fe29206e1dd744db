/**
 * Content script of the top frame: the whole page script (lib/page/start-content.ts), declared in
 * the manifest. Subframes get it only when they have words to mark: the frame gate
 * (entrypoints/frame-gate.ts) runs there instead and asks the worker for it.
 */
// The marks' styles, declared with the content script (manifest css): see the file for why.
import '../lib/page/highlights.css';
import { startContent } from '../lib/page/start-content';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*', 'file:///*'],
  allFrames: false,
  runAt: 'document_idle',
  main: (ctx) => startContent(ctx, 'content'),
});
