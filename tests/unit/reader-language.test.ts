/**
 * The reader's language (issue 18): names in the interface language first, text in it where the
 * data has it, Chinese pages recognised, search by Chinese summary words, and "on this page"
 * merged over frames.
 */
import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import bundle from '../../lib/generated/dataset.json';
import { createRuntime, type Bundle } from '../../lib/dataset/runtime';
import { search } from '../../lib/search/search-index';
import { inLang, nameLine, namePair } from '../../lib/i18n/names';
import { mostlyChinese, pageIsChinese } from '../../lib/page/page-lang';
import { mergeSummaries } from '../../lib/page/merge-summaries';
import { themeIsDark } from '../../lib/settings/page-theme';

describe('names and text in the reader’s language', () => {
  it('puts the Chinese name first for the Chinese interface, the English first otherwise', () => {
    expect(namePair('zh', 'Tiejun Huang', '黄铁军')).toEqual({
      primary: '黄铁军',
      secondary: 'Tiejun Huang',
      primaryZh: true,
    });
    expect(namePair('en', 'Tiejun Huang', '黄铁军')).toMatchObject({
      primary: 'Tiejun Huang',
      secondary: '黄铁军',
    });
    expect(namePair('zh', 'Yann LeCun')).toEqual({ primary: 'Yann LeCun', primaryZh: false });
    expect(nameLine('zh', 'Peking University', '北京大学')).toBe('北京大学 Peking University');
  });

  it('uses Chinese text where there is some, English where there is none', () => {
    expect(inLang('zh', 'Leads BIGAI.', '领导通研院。')).toBe('领导通研院。');
    expect(inLang('zh', 'Leads BIGAI.')).toBe('Leads BIGAI.');
    expect(inLang('en', 'Leads BIGAI.', '领导通研院。')).toBe('Leads BIGAI.');
  });
});

describe('Chinese pages', () => {
  const doc = (html: string, lang = '') => {
    const w = new Window();
    w.document.documentElement.lang = lang;
    w.document.body.innerHTML = html;
    return w.document as unknown as Document;
  };
  it('knows a page by its declared language or, failing that, its letters', () => {
    expect(pageIsChinese(doc('<p>Hello</p>', 'zh-CN'))).toBe(true);
    expect(
      pageIsChinese(
        doc('<p>月之暗面今天发布了新模型Kimi，北京智源人工智能研究院也参加了发布会。</p>'),
      ),
    ).toBe(true);
    expect(
      pageIsChinese(doc('<p>Song-Chun Zhu (朱松纯) returned to China in 2020.</p>', 'en')),
    ).toBe(false);
    expect(mostlyChinese('')).toBe(false);
  });
});

describe('search by Chinese summary words', () => {
  const runtime = createRuntime(bundle as unknown as Bundle);
  it('finds entities whose Chinese summary has the phrase, after name matches', () => {
    const withSummary = (bundle as unknown as Bundle).entities.find(
      (e) => e.summaryZh && e.summaryZh.length > 12,
    )!;
    // A phrase from the middle of a Chinese summary, not a name.
    const phrase = [...withSummary.summaryZh!].slice(4, 10).join('');
    const hits = search(runtime.search, phrase, 50);
    const hit = hits.find((h) => h.id === withSummary.id);
    expect(hit, phrase).toBeDefined();
    expect(hit!.rank).toBe(4);
    expect(hit!.matched).toContain(phrase);
    expect(hits.map((h) => h.rank)).toEqual([...hits.map((h) => h.rank)].sort((a, b) => a - b));
  });
  it('does not scan summaries for Latin queries or single characters', () => {
    expect(search(runtime.search, 'zzqx').every((h) => h.rank < 4)).toBe(true);
    expect(search(runtime.search, '的').every((h) => h.rank < 4)).toBe(true);
  });
});

describe('on this page, over frames', () => {
  it('adds counts up per entity and keeps the frames that have it, top first', () => {
    const merged = mergeSummaries([
      {
        frameId: 7,
        url: 'https://a.example/frame',
        enabled: true,
        entities: [
          { id: 'baai', name: 'BAAI', native: '智源', category: 'organisation', count: 2 },
          { id: 'nanning-zheng', name: 'Nanning Zheng', category: 'person', count: 1 },
        ],
      },
      {
        frameId: 0,
        url: 'https://a.example/',
        enabled: true,
        entities: [{ id: 'baai', name: 'BAAI', category: 'organisation', count: 1 }],
      },
    ])!;
    expect(merged.url).toBe('https://a.example/');
    expect(merged.entities).toEqual([
      {
        id: 'baai',
        name: 'BAAI',
        native: '智源',
        category: 'organisation',
        count: 3,
        frames: [0, 7],
      },
      { id: 'nanning-zheng', name: 'Nanning Zheng', category: 'person', count: 1, frames: [7] },
    ]);
    expect(mergeSummaries([])).toBeNull();
  });
});

describe('theme on Inkling’s pages', () => {
  it('follows the setting, and the system for auto', () => {
    expect(themeIsDark('dark', false)).toBe(true);
    expect(themeIsDark('light', true)).toBe(false);
    expect(themeIsDark('auto', true)).toBe(true);
  });
});
