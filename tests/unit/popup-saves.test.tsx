// @vitest-environment happy-dom
/**
 * The popup's switches while saves are in flight: each click is applied to the settings as saved
 * (two quick clicks on different categories used to undo each other — the second was built from
 * the categories shown before the first had landed), and an earlier save landing does not undo a
 * later click on screen.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { Popup } from '../../components/Popup';
import type { Settings } from '../../lib/settings/settings';
import { popupServices } from './popup-fixture';
import { settingsStore } from './settings-store-fake';

const settle = () => act(async () => new Promise((r) => setTimeout(r, 0)));

async function openPopup(store: ReturnType<typeof settingsStore>) {
  const services = popupServices('https://news.example.com/story', store);
  const root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<Popup services={services} lang="en" />, root));
  await settle();
  await settle();
  const boxes = () => [...root.querySelectorAll<HTMLInputElement>('.toggles input')];
  const site = () => root.querySelector<HTMLInputElement>('label.site input')!;
  return { root, boxes, site };
}

describe('the popup switches while saves are in flight', () => {
  it('keeps both of two quick category clicks', async () => {
    const store = settingsStore({}, { slow: ['categories'] });
    const { root, boxes } = await openPopup(store);
    const [people, orgs] = boxes();
    expect(people!.checked && orgs!.checked).toBe(true);
    await act(async () => people!.click());
    await act(async () => orgs!.click());
    expect([people!.checked, orgs!.checked]).toEqual([false, false]);
    // The first save lands: the second click is still shown…
    await act(async () => void store.release());
    await settle();
    expect(orgs!.checked).toBe(false);
    await act(async () => void store.release());
    await settle();
    // …and both are saved.
    const cats: Settings['categories'] = store.stored().categories;
    expect(Object.values(cats).filter((on) => !on)).toHaveLength(2);
    expect([people!.checked, orgs!.checked]).toEqual([false, false]);
    render(null, root);
  });

  it('keeps a category click made while the site switch is saving', async () => {
    const store = settingsStore({}, { slow: ['sites', 'categories'] });
    const { root, boxes, site } = await openPopup(store);
    expect(site().checked).toBe(false);
    await act(async () => site().click());
    await act(async () => boxes()[0]!.click());
    // The site's save lands with every category still on: the click stays shown.
    await act(async () => void store.release());
    await settle();
    expect(store.stored().sites).toEqual(['news.example.com']);
    expect(boxes()[0]!.checked).toBe(false);
    expect(site().checked).toBe(true);
    await act(async () => void store.release());
    await settle();
    expect(boxes()[0]!.checked).toBe(false);
    expect(site().checked).toBe(true);
    expect(store.stored().sites).toEqual(['news.example.com']);
    expect(Object.values(store.stored().categories).filter((on) => !on)).toHaveLength(1);
    render(null, root);
  });
});
