import { render } from 'preact';
import { Options } from '../../components/Options';
import { popupCss } from '../../components/popup-css';
import { loadSettings, saveSettings } from '../../lib/settings/store';
import { resolveLang } from '../../lib/i18n/strings';
import { askWorker } from '../../lib/messaging/client';

async function main() {
  const style = new CSSStyleSheet();
  style.replaceSync(
    popupCss +
      '.options { max-width: 640px; margin: 24px auto; padding: 0 16px; } .row { display: flex; gap: 6px; align-items: center; margin: 4px 0; }',
  );
  document.adoptedStyleSheets = [style];
  const settings = await loadSettings();
  const about = await askWorker('about', {});
  render(
    <Options
      lang={resolveLang(settings.language)}
      services={{
        settings: loadSettings,
        saveSettings,
        version: about.ok ? about.value.version : '?',
      }}
    />,
    document.getElementById('app')!,
  );
}
void main();
