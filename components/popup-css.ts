/**
 * Popup and options page styles (extension pages: no hostile page CSS to fight). The same type,
 * spacing and colours as the card (components/theme-css.ts); `html.dark` is set from the theme
 * setting by lib/settings/page-theme.ts.
 */
import { darkVars, FONT_STACK, lightVars } from './theme-css';

export const popupCss = `
:root { ${lightVars} color-scheme: light; }
:root.dark { ${darkVars} color-scheme: dark; }
body { margin: 0; font: 400 14px/20px ${FONT_STACK}; color: var(--ink); background: var(--bg); }
.popup { width: 380px; min-height: 200px; padding: 12px 14px 14px; box-sizing: border-box; }
.search { width: 100%; box-sizing: border-box; padding: 8px 10px; font: inherit; color: var(--ink); background: var(--bg);
  border: 1px solid var(--field); border-radius: 8px; outline: none; }
.search:focus { border-color: var(--focus); box-shadow: 0 0 0 3px color-mix(in srgb, var(--focus) 25%, transparent); }
.results, .page-list, .page-list ul { list-style: none; margin: 6px 0; padding: 0; }
.page-list ul { margin: 0; }
.results li, .page-list li { margin: 0; }
.result-btn { all: unset; display: block; width: 100%; box-sizing: border-box; padding: 5px 8px; border-radius: 6px; cursor: pointer; }
.result.active .result-btn, .result-btn:hover { background: var(--hover); }
.result-btn:focus-visible { outline: 2px solid var(--focus); }
.r-name { font-weight: 600; }
.r-native, .r-cat, .r-matched, .count, .muted { color: var(--muted); }
.r-cat, .r-matched { font-size: 12px; }
.popup h2, .options h2 { margin: 14px 0 4px; font-size: 11px; line-height: 14px; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; color: var(--faint); }
.popup h3 { margin: 8px 0 2px; font-size: 12px; line-height: 16px; color: var(--muted); font-weight: 600; text-transform: none; letter-spacing: normal; }
.page-entity { display: flex; gap: 6px; align-items: baseline; padding: 2px 0; }
.p-names { flex: 1; min-width: 0; }
.page-entity .link-btn { text-align: left; }
.page-entity .p-native { color: var(--muted); font-size: 13px; }
.count { font-size: 12px; font-variant-numeric: tabular-nums; }
.link-btn { color: var(--accent); text-decoration: underline; background: none; border: 0; padding: 0; font: inherit; cursor: pointer; }
.info-btn { border: 0; background: none; cursor: pointer; color: var(--faint); border-radius: 4px; }
.info-btn:hover { background: var(--bg-3); }
.toggles { display: flex; flex-wrap: wrap; gap: 4px 12px; }
.toggle { display: inline-flex; gap: 6px; align-items: center; font-size: 13px; }
.site { margin-top: 8px; display: flex; }
.settings-link { margin-top: 12px; display: inline-block; }
.switches { border-top: 1px solid var(--line); margin-top: 12px; }
.card-popup { position: static !important; width: 100% !important; max-height: none !important; box-shadow: none !important; }
.card-popup .body { max-height: none; }
.error { color: var(--bad); }
input[type=checkbox], input[type=radio] { accent-color: var(--accent); width: 15px; height: 15px; margin: 0; }
a { color: var(--accent); }
`;

/** The options page, on top of the shared styles above: styled controls, one column. */
export const optionsCss = `
body:has(main.options) { background: var(--bg-2); }
.options { max-width: 680px; margin: 24px auto; padding: 0 16px 48px; }
.options h1 { font-size: 22px; line-height: 28px; font-weight: 650; margin: 0 0 8px; }
.options h2 { margin: 0 0 8px; }
.options section { border: 1px solid var(--line); border-radius: 10px; background: var(--bg); padding: 12px 16px 14px; margin-top: 14px; }
.options p { margin: 6px 0; }
.row { display: flex; gap: 8px; align-items: center; margin: 6px 0; flex-wrap: wrap; }
.options select, .options input[type=number], .options input:not([type]), .options input[type=text], .options input[type=search] {
  font: inherit; color: var(--ink); background: var(--bg); border: 1px solid var(--field); border-radius: 6px; padding: 4px 8px; min-height: 30px; box-sizing: border-box; }
.options select { padding-right: 24px; }
.options input[type=number] { width: 90px; }
.options select:focus-visible, .options input:focus-visible, .options button:focus-visible { outline: 2px solid var(--focus); outline-offset: 1px; }
.options button:not(.link-btn), .file-btn { font: inherit; font-size: 13px; color: var(--ink); background: var(--bg-3); border: 1px solid var(--line-2);
  border-radius: 6px; padding: 4px 12px; min-height: 30px; cursor: pointer; }
.options button:not(.link-btn):hover { background: var(--hover); }
.options button[type=submit] { background: var(--accent); color: var(--accent-ink); border-color: var(--accent); }
.sites { list-style: none; padding: 0; margin: 4px 0; }
.site-name { min-width: 200px; font-family: ui-monospace, monospace; }
.pack-list { list-style: none; padding: 0; }
.pack { border: 1px solid var(--line-2); border-radius: 8px; padding: 8px 10px; margin: 8px 0; }
.pack-meta { font-size: 12px; color: var(--muted); }
.pack-actions { display: flex; gap: 6px; margin-top: 6px; }
.import-errors ul { margin: 4px 0; padding-left: 18px; max-height: 240px; overflow: auto; }
.import-errors code { font-size: 12px; white-space: pre-wrap; word-break: break-word; }
.status { color: var(--ok); }
kbd { border: 1px solid var(--field); border-radius: 4px; padding: 0 5px; font: 12px ui-monospace, monospace; background: var(--bg-2); }
code { font: 12px ui-monospace, monospace; }
.sources { font-size: 13px; max-height: 320px; overflow: auto; }
.page-off { font-style: italic; }
`;
