/** The worker's answers for claim checking and the research log. */
import type { Handlers } from '../messaging/client';
import type { ClaimsProtocol } from './protocol';
import { getRuntime } from '../worker/runtime-holder';
import { entityIndex } from './entity-index';
import { checkSentence } from './check';
import { atDate } from './at-date';
import { addNote, clearNotes, deleteNote, listNotes } from './research-log';
import { sanitizeNote } from './sanitize-note';

export const claimsHandlers: Handlers<ClaimsProtocol> = {
  'claims:check': async ({ id, context }) => {
    const r = await getRuntime();
    const e = r.entities.get(String(id));
    if (!e || !context || typeof context.sentence !== 'string') return null;
    const index = entityIndex(r);
    const sentence = context.sentence.slice(0, 1000);
    const start = Math.max(0, Math.min(sentence.length, Number(context.offset) || 0));
    const end = Math.min(sentence.length, start + (Number(context.length) || 0));
    const claims = checkSentence(index, e.id, sentence, { start, end });
    const date = context.published?.date;
    return {
      entityId: e.id,
      sentence,
      claims,
      atDate: date && /^\d{4}/.test(date) ? atDate(index, e, date) : undefined,
    };
  },
  'claims:log-add': ({ note }) => addNote(sanitizeNote(note)),
  'claims:log-list': ({ query }) => listNotes(String(query ?? '').slice(0, 200)),
  'claims:log-delete': async ({ id }) => {
    await deleteNote(Number(id));
    return true;
  },
  'claims:log-clear': async () => {
    await clearNotes();
    return true;
  },
};
