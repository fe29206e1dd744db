// @vitest-environment happy-dom
/**
 * The options page's hover delay field keeps what the reader typed until it is saved: a
 * re-render meanwhile (another setting's save finishing) used to put the stored value back into
 * the field, and the typed change was then never saved (seen as a flaky options e2e on a loaded
 * machine).
 */
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { Options, type OptionsServices } from '../../components/Options';
import {
  defaultSettings,
  sanitizeSettings,
  type Settings,
  type SettingsChange,
} from '../../lib/settings/settings';

function optionsPage() {
  let stored: Settings = { ...structuredClone(defaultSettings), hoverDelayMs: 400 };
  const saved: SettingsChange[] = [];
  let release: () => void = () => undefined;
  const services = {
    settings: async () => stored,
    saveSettings: async (change: SettingsChange) => {
      saved.push(change);
      // The theme's save is slow: it finishes while the reader types elsewhere.
      if (typeof change === 'object' && 'theme' in change)
        await new Promise<void>((r) => (release = r));
      stored = sanitizeSettings({
        ...stored,
        ...(typeof change === 'function' ? change(stored) : change),
      });
      return stored;
    },
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
  return { services, saved, finishSlowSave: () => release(), stored: () => stored };
}

const settle = () => act(async () => new Promise((r) => setTimeout(r, 0)));

describe('options: the hover delay field', () => {
  it('saves what was typed even when another save finishes while typing', async () => {
    const page = optionsPage();
    const root = document.createElement('div');
    document.body.append(root);
    await act(async () => render(<Options services={page.services} />, root));
    await settle();
    const field = root.querySelector<HTMLInputElement>('input[type="number"]')!;
    const theme = [...root.querySelectorAll('select')].find((s) =>
      [...s.options].some((o) => o.value === 'dark'),
    )!;
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
