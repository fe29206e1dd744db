// @vitest-environment happy-dom
/**
 * The popup's "Off on this site" switch follows the content script's host rule
 * (enabledForHost): a listed site covers its subdomains.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { Popup } from '../../components/Popup';
import {
  defaultSettings,
  enabledForHost,
  sitesWithHost,
  type Settings,
} from '../../lib/settings/settings';
import { popupServices } from './popup-fixture';
import { settingsStore } from './settings-store-fake';

const base = (over: Partial<Settings>): Settings => ({
  ...structuredClone(defaultSettings),
  ...over,
});

function popupOn(url: string, initial: Settings) {
  const store = settingsStore(initial);
  const root = document.createElement('div');
  document.body.append(root);
  return { root, services: popupServices(url, store), stored: store.stored };
}

async function siteSwitch(root: HTMLElement): Promise<HTMLInputElement> {
  for (let i = 0; i < 50; i++) {
    await act(async () => new Promise((r) => setTimeout(r, 5)));
    const box = root.querySelector<HTMLInputElement>('label.site input[type=checkbox]');
    if (box) return box;
  }
  throw new Error('no site switch');
}

describe('the popup site switch on a subdomain', () => {
  it('shows a subdomain of an excluded site as off, and turning it on unlists the site', async () => {
    const p = popupOn(
      'https://news.example.com/story',
      base({ sites: ['example.com', 'other.org'] }),
    );
    await act(() => render(<Popup services={p.services} lang="en" />, p.root));
    const box = await siteSwitch(p.root);
    expect(box.checked).toBe(true);
    await act(async () => box.click());
    await siteSwitch(p.root);
    expect(p.stored().sites).toEqual(['other.org']);
    expect(enabledForHost(p.stored(), 'news.example.com')).toBe(true);
    render(null, p.root);
  });

  it('shows a subdomain of an "only these" site as on, and turning it off unlists the site', async () => {
    const p = popupOn(
      'https://news.example.com/',
      base({ siteMode: 'only', sites: ['example.com'] }),
    );
    await act(() => render(<Popup services={p.services} lang="en" />, p.root));
    const box = await siteSwitch(p.root);
    expect(box.checked).toBe(false);
    await act(async () => box.click());
    await siteSwitch(p.root);
    expect(p.stored().sites).toEqual([]);
    render(null, p.root);
  });
});

describe('sitesWithHost', () => {
  const s = base({ sites: ['example.com'] });
  it('adds the host only where no listed site covers it', () => {
    expect(sitesWithHost(s, 'news.example.com', false)).toEqual(['example.com']);
    expect(sitesWithHost(s, 'Example.org', false)).toEqual(['example.com', 'example.org']);
    expect(sitesWithHost({ ...s, siteMode: 'only' }, 'a.example.com', true)).toEqual([
      'example.com',
    ]);
  });
  it('removes every listed site that covers the host, and no other', () => {
    const t = base({ sites: ['example.com', 'news.example.com', 'notexample.com'] });
    expect(sitesWithHost(t, 'news.example.com', true)).toEqual(['notexample.com']);
    expect(sitesWithHost({ ...t, siteMode: 'only' }, 'x.news.example.com', false)).toEqual([
      'notexample.com',
    ]);
  });
});
