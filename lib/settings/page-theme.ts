/**
 * The theme setting on Inkling's own pages (popup, options): a `dark` class on <html>, from the
 * setting or, for "auto", from the system — followed live while the page is open.
 */
import type { Settings } from './settings';

type Theme = Settings['theme'];

export function systemIsDark(view: Window | undefined = globalThis.window): boolean {
  return view?.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}

export function themeIsDark(theme: Theme, systemDark: boolean): boolean {
  return theme === 'auto' ? systemDark : theme === 'dark';
}

/** Applies `theme` to `doc` and keeps following the system for "auto"; returns a stop function. */
export function applyTheme(doc: Document, theme: Theme): () => void {
  const view = doc.defaultView ?? undefined;
  const set = () =>
    doc.documentElement.classList.toggle('dark', themeIsDark(theme, systemIsDark(view)));
  set();
  const mq = view?.matchMedia?.('(prefers-color-scheme: dark)');
  if (theme !== 'auto' || !mq) return () => undefined;
  mq.addEventListener('change', set);
  return () => mq.removeEventListener('change', set);
}
