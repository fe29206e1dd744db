/**
 * Who may send which message: declared once in lib/messaging/protocol.ts, enforced by the
 * worker's dispatcher before any handler runs.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { createWorkerDispatcher } from '../../lib/worker/dispatch';
import { tabSenders, workerSenders } from '../../lib/messaging/protocol';
import { addNote, clearNotes, closeLog, listNotes } from '../../lib/claims/research-log';
import type { EvidenceNote } from '../../lib/claims/evidence';

const contentScript = () => ({
  id: browser.runtime.id,
  url: 'https://news.example/article',
  tab: { id: 3 },
  frameId: 0,
});
const optionsPage = () => ({
  id: browser.runtime.id,
  url: browser.runtime.getURL('/options.html'),
});

const note = (): EvidenceNote =>
  ({
    captured: '2026-11-22T10:00:00.000Z',
    url: 'https://a.example/story',
    title: 'A story',
    sentence: 'Ada founded RIAI in 2019.',
    entityId: 'ada',
    entityName: 'Ada',
    claims: [],
  }) as unknown as EvidenceNote;

beforeEach(() => fakeBrowser.reset());
afterEach(async () => {
  await clearNotes();
  await closeLog();
});

describe('message senders', () => {
  it('refuses a content script asking for the research log, and leaves the log alone', async () => {
    const dispatch = createWorkerDispatcher();
    await addNote(note());
    for (const [type, payload] of [
      ['claims:log-list', {}],
      ['claims:log-delete', { id: 1 }],
      ['claims:log-clear', {}],
    ] as const)
      expect(await dispatch({ type, payload }, contentScript()), type).toEqual({
        ok: false,
        error: 'not allowed',
      });
    expect(await listNotes()).toHaveLength(1);
    const fromOptions = await dispatch({ type: 'claims:log-list', payload: {} }, optionsPage());
    expect(fromOptions).toMatchObject({ ok: true, value: [{ title: 'A story' }] });
  });

  it('lets the card add a note from the page, and the options page only read it', async () => {
    const dispatch = createWorkerDispatcher();
    const add = { type: 'claims:log-add', payload: { note: note() } };
    expect(await dispatch(add, contentScript())).toMatchObject({ ok: true });
    expect(await dispatch(add, optionsPage())).toEqual({ ok: false, error: 'not allowed' });
  });

  it('keeps the user data messages for extension pages only', () => {
    const privileged = Object.entries(workerSenders).filter(
      ([type]) => /^(packs|backup):/.test(type) || /^claims:log-(list|delete|clear)$/.test(type),
    );
    expect(privileged).toHaveLength(10);
    for (const [type, from] of privileged) expect(from, type).toEqual(['extension']);
    for (const from of Object.values(tabSenders)) expect(from).toEqual(['extension']);
  });
});
