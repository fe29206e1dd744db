// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { Marking } from '../../lib/page/marking';
import { PageIndex } from '../../lib/page/page-index';
import { scanBlocks } from '../../lib/page/scan';
import { SiteRejections } from '../../lib/page/site-rejections';
import type { MarkStyle, Settings } from '../../lib/settings/settings';
import type { Mention } from '../../lib/page/page-index';
import { fakeServices, settingsWith, type FakeNames } from './page-fakes';

const names: FakeNames = {
  'Kai-Fu Lee': { id: 'lee', category: 'person', name: 'Kai-Fu Lee' },
  BAAI: { id: 'baai', category: 'organisation', name: 'Beijing Academy of AI' },
};

function setup(settings: Settings = settingsWith()) {
  document.body.innerHTML = '<p>Kai-Fu <b>Lee</b> visited BAAI.</p><p>BAAI again.</p>';
  const s = fakeServices(names);
  const index = new PageIndex();
  const painted: { texts: string[]; style: MarkStyle }[] = [];
  const looks: MarkStyle[] = [];
  const highlighter = {
    render: (ms: Mention[], style: MarkStyle) =>
      void painted.push({ texts: ms.map((m) => m.text), style }),
    setStyle: (style: MarkStyle) => void looks.push(style),
  };
  const rejections = new SiteRejections(async () => undefined);
  const current = { settings };
  const marking = new Marking({
    doc: document,
    index,
    highlighter,
    services: s.services,
    rejections,
    settings: () => current.settings,
  });
  return { marking, index, painted, looks, rejections, current, ...s };
}

const texts = (index: PageIndex) => index.mentions.map((m) => m.text);

describe('marking', () => {
  it('sends the blocks to the worker, turns its answer into ranges, paints and reports', async () => {
    const t = setup();
    await t.marking.mark(scanBlocks(document.body), () => true);
    expect(t.sent).toEqual([['Kai-Fu Lee visited BAAI.', 'BAAI again.']]);
    expect(texts(t.index)).toEqual(['Kai-Fu Lee', 'BAAI', 'BAAI']);
    expect(t.index.mentions[0]!.range.toString()).toBe('Kai-Fu Lee');
    expect(t.painted.at(-1)).toEqual({ texts: ['Kai-Fu Lee', 'BAAI', 'BAAI'], style: 'underline' });
    expect(t.reports).toEqual([2]);
  });

  it('drops an answer for a read that was superseded while the worker matched', async () => {
    const t = setup();
    await t.marking.mark(scanBlocks(document.body), () => false);
    expect(t.index.mentions).toEqual([]);
    expect(t.painted).toEqual([]);
    expect(t.reports).toEqual([]);
  });

  it('leaves out switched-off categories', async () => {
    const t = setup(
      settingsWith({ categories: { ...settingsWith().categories, organisation: false } }),
    );
    await t.marking.mark(scanBlocks(document.body), () => true);
    expect(texts(t.index)).toEqual(['Kai-Fu Lee']);
    expect(t.reports).toEqual([1]);
  });

  it('leaves out rejected marks, and drops newly rejected ones without asking the worker', async () => {
    const t = setup();
    t.rejections.replace(
      [{ site: 'localhost', entity: 'lee', text: 'Kai-Fu Lee', name: '', at: 0 }],
      'localhost',
    );
    await t.marking.mark(scanBlocks(document.body), () => true);
    expect(texts(t.index)).toEqual(['BAAI', 'BAAI']);
    t.rejections.reject(t.index.mentions[0]!, 'BAAI', 'localhost');
    t.marking.dropRejected();
    expect(texts(t.index)).toEqual([]);
    expect(t.sent).toHaveLength(1);
    expect(t.reports).toEqual([1, 0]);
  });

  it('keeps the names the worker gave, for the popup', async () => {
    const t = setup();
    await t.marking.mark(scanBlocks(document.body), () => true);
    expect(t.marking.summary()).toEqual([
      { id: 'lee', category: 'person', count: 1, name: 'Kai-Fu Lee', native: undefined },
      {
        id: 'baai',
        category: 'organisation',
        count: 2,
        name: 'Beijing Academy of AI',
        native: undefined,
      },
    ]);
  });

  it('in hold-key mode paints only while the key is down', async () => {
    const t = setup(settingsWith({ holdKey: 'Alt', markStyle: 'background' }));
    await t.marking.mark(scanBlocks(document.body), () => true);
    expect(t.painted.at(-1)!.style).toBe('off');
    t.marking.setHeld(true);
    expect(t.marking.held).toBe(true);
    expect(t.painted.at(-1)).toEqual({
      texts: ['Kai-Fu Lee', 'BAAI', 'BAAI'],
      style: 'background',
    });
    t.marking.setHeld(false);
    expect(t.painted.at(-1)!.style).toBe('off');
  });

  it('takes the look from the settings and the page', () => {
    const t = setup(settingsWith({ markStyle: 'first' }));
    t.marking.chooseLook();
    expect(t.looks).toEqual(['first']);
  });

  it('clears everything when switched off for the site', async () => {
    const t = setup();
    await t.marking.mark(scanBlocks(document.body), () => true);
    t.marking.clear();
    expect(t.index.mentions).toEqual([]);
    expect(t.painted.at(-1)).toEqual({ texts: [], style: 'off' });
    expect(t.reports.at(-1)).toBe(0);
  });
});
