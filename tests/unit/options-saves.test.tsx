// @vitest-environment happy-dom
/**
 * The options page while saves are in flight. Saves run one after another and each returns the
 * settings as it alone left them, so an earlier save landing used to put the stored values back
 * under the reader: into the hover delay field being typed in (the change was then never saved),
 * and onto a radio just clicked (Playwright's check() saw "did not change its state" in the
 * options e2e on a loaded machine).
 */
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { Options, type OptionsServices } from '../../components/Options';
import type { Settings } from '../../lib/settings/settings';
import { settingsStore } from './settings-store-fake';

function optionsPage(slow: (keyof Settings)[] = ['theme']) {
  const store = settingsStore({ hoverDelayMs: 400 }, { slow, failing: ['language'] });
  const services = {
    settings: store.settings,
    saveSettings: store.saveSettings,
    syncProblem: async () => null,
    about: async () => null,
    shortcuts: async () => [],
    openShortcutSettings: () => undefined,
    packs: {
      list: async () => ({ packs: [], errors: [] }),
      import: async () => ({ ok: false, error: 'no' }),
      enable: async () => undefined,
      remove: async () => undefined,
      export: async () => ({ name: 'x', text: '' }),
    },
    backup: {
      export: async () => ({ name: 'x', text: '' }),
      import: async () => ({ ok: false, error: 'no' }),
    },
    rejections: {
      list: async () => [],
      remove: async () => undefined,
      watch: () => () => undefined,
    },
    download: () => undefined,
    confirm: () => true,
  } as unknown as OptionsServices;
  return { services, finishSlowSave: () => void store.release(), stored: store.stored };
}

const settle = () => act(async () => new Promise((r) => setTimeout(r, 0)));

async function openPage(slow?: (keyof Settings)[]) {
  const page = optionsPage(slow);
  const root = document.createElement('div');
  document.body.append(root);
  await act(async () => render(<Options services={page.services} />, root));
  await settle();
  const theme = [...root.querySelectorAll('select')].find((s) =>
    [...s.options].some((o) => o.value === 'dark'),
  )!;
  return { page, root, theme };
}

describe('options: the hover delay field', () => {
  it('saves what was typed even when another save finishes while typing', async () => {
    const { page, root, theme } = await openPage();
    const field = root.querySelector<HTMLInputElement>('input[type="number"]')!;
    expect(field.value).toBe('400');
    // The theme changes (its save is slow), then the reader types a new delay…
    await act(async () => {
      theme.value = 'dark';
      theme.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await act(async () => {
      field.value = '600';
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
    // …the theme's save finishes and the page re-renders before the field is left.
    await act(async () => page.finishSlowSave());
    await settle();
    expect(field.value).toBe('600');
    await act(async () => {
      field.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect(page.stored().hoverDelayMs).toBe(600);
    expect(field.value).toBe('600');
    render(null, root);
  });
});

describe('options: a change shows at once and stays while earlier saves land', () => {
  it('keeps a clicked radio checked when an earlier save returns settings without it', async () => {
    const { page, root, theme } = await openPage(['theme', 'markStyle']);
    const radios = [...root.querySelectorAll<HTMLInputElement>('input[name="markStyle"]')];
    const background = radios[1]!;
    expect(background.checked).toBe(false);
    await act(async () => {
      theme.value = 'dark';
      theme.dispatchEvent(new Event('change', { bubbles: true }));
    });
    // The reader clicks "Background" while the theme's save is still in flight…
    await act(async () => background.click());
    expect(background.checked).toBe(true);
    // …the theme's save lands first, with the settings as it saved them (still "underline"):
    // that older echo must not uncheck the reader's choice (Playwright's check() saw it undone).
    await act(async () => page.finishSlowSave());
    await settle();
    expect(page.stored()).toMatchObject({ markStyle: 'underline', theme: 'dark' });
    expect(background.checked).toBe(true);
    // Then the radio's own save lands.
    await act(async () => page.finishSlowSave());
    await settle();
    expect(page.stored()).toMatchObject({ markStyle: 'background', theme: 'dark' });
    expect(background.checked).toBe(true);
    expect(theme.value).toBe('dark');
    render(null, root);
  });

  it('shows the stored value once the last save lands, even when it differs from the click', async () => {
    const { page, root } = await openPage();
    const field = root.querySelector<HTMLInputElement>('input[type="number"]')!;
    await act(async () => {
      field.value = '99999';
      field.dispatchEvent(new Event('input', { bubbles: true }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    // Out of range: the store falls back, and the page shows what was stored.
    expect(page.stored().hoverDelayMs).toBe(150);
    expect(field.value).toBe('150');
    render(null, root);
  });

  it('shows the settings as stored when a save fails', async () => {
    const { page, root } = await openPage();
    const language = [...root.querySelectorAll('select')].find((s) =>
      [...s.options].some((o) => o.value === 'zh'),
    )!;
    await act(async () => {
      language.value = 'zh';
      language.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect(page.stored().language).toBe('auto');
    expect(language.value).toBe('auto');
    render(null, root);
  });
});
