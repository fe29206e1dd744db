/**
 * Service worker: owns the dataset and answers the other contexts. Thin by design — the work
 * is in lib/; this file wires handlers to messages.
 */
import { browser } from 'wxt/browser';
import bundle from '../lib/generated/dataset.json';
import { createRuntime, type Bundle, type Runtime } from '../lib/dataset/runtime';
import { createDispatcher } from '../lib/messaging/client';
import type { WorkerProtocol } from '../lib/messaging/protocol';
import { makeCardData } from '../lib/card/card-data';
import { search } from '../lib/search/search-index';
import { judgeContext } from '../lib/match/context-judge';

export default defineBackground(() => {
  let runtime: Runtime | undefined;
  const rt = () => (runtime ??= createRuntime(bundle as unknown as Bundle));

  const dispatch = createDispatcher<WorkerProtocol>(
    {
      'page:init': () => {
        const r = rt();
        return { dictionary: r.packed, categories: r.categories, version: r.version };
      },
      'match:judge': ({ cases }) => cases.slice(0, 500).map((c) => judgeContext(c)),
      'entity:get': ({ id }) => makeCardData(rt(), String(id)),
      about: () => {
        const r = rt();
        const sources = [...r.sources.values()].map((s) => ({
          id: s.id,
          title: s.title,
          publisher: s.publisher,
          url: s.url,
        }));
        return { version: r.version, entities: r.entities.size, sources };
      },
      search: ({ query, limit }) =>
        search(rt().search, String(query).slice(0, 200), Math.min(50, Number(limit) || 20)),
    },
    (sender) => (sender as { id?: string }).id === browser.runtime.id,
  );

  browser.runtime.onMessage.addListener((message, sender) => dispatch(message, sender));
});
