/** Popup and options page styles (extension pages: no hostile page CSS to fight). */
export const popupCss = `
:root { color-scheme: light dark; }
body { margin: 0; font: 14px/20px system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", sans-serif; color: #1d1d1f; background: #fff; }
@media (prefers-color-scheme: dark) { body { color: #e9eaee; background: #1e2027; } }
.popup { width: 380px; min-height: 200px; padding: 12px; box-sizing: border-box; }
.search { width: 100%; box-sizing: border-box; padding: 8px 10px; font: inherit; border: 1px solid #b9c0cc; border-radius: 8px; }
.results, .page-list, .page-list ul { list-style: none; margin: 6px 0; padding: 0; }
.result-btn { all: unset; display: block; width: 100%; box-sizing: border-box; padding: 5px 8px; border-radius: 6px; cursor: pointer; }
.result.active .result-btn, .result-btn:hover { background: #e8eefb; }
@media (prefers-color-scheme: dark) { .result.active .result-btn, .result-btn:hover { background: #2c3444; } }
.r-name { font-weight: 600; } .r-native, .r-cat, .r-matched, .count, .muted { color: #6a7080; }
h2 { margin: 14px 0 4px; font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: #6a7080; }
h3 { margin: 6px 0 2px; font-size: 12px; color: #6a7080; font-weight: 600; }
.page-entity { display: flex; gap: 6px; align-items: baseline; }
.page-entity .link-btn { text-align: left; }
.link-btn { color: #1d5fbf; text-decoration: underline; background: none; border: 0; padding: 0; font: inherit; cursor: pointer; }
@media (prefers-color-scheme: dark) { .link-btn { color: #8ab8ff; } }
.info-btn { border: 0; background: none; cursor: pointer; color: #6a7080; }
.toggles { display: flex; flex-wrap: wrap; gap: 4px 12px; }
.toggle { display: inline-flex; gap: 4px; align-items: center; font-size: 13px; }
.site { margin-top: 8px; display: flex; }
.settings-link { margin-top: 10px; display: inline-block; }
.card-popup { position: static !important; width: 100% !important; max-height: none !important; box-shadow: none !important; }
.error { color: #a4262c; }
`;

/** The options page, on top of the shared styles above. */
export const optionsCss = `
.options { max-width: 680px; margin: 24px auto; padding: 0 16px 48px; }
.options h1 { font-size: 22px; margin: 0 0 8px; }
.options section { border-top: 1px solid #e1e4ea; padding-top: 4px; margin-top: 14px; }
.row { display: flex; gap: 6px; align-items: center; margin: 4px 0; flex-wrap: wrap; }
.sites { list-style: none; padding: 0; margin: 4px 0; }
.site-name { min-width: 200px; font-family: ui-monospace, monospace; }
.pack-list { list-style: none; padding: 0; }
.pack { border: 1px solid #d9dde5; border-radius: 8px; padding: 8px 10px; margin: 8px 0; }
.pack-meta { font-size: 12px; }
.pack-actions { display: flex; gap: 6px; margin-top: 6px; }
.import-errors ul { margin: 4px 0; padding-left: 18px; max-height: 240px; overflow: auto; }
.import-errors code { font-size: 12px; white-space: pre-wrap; word-break: break-word; }
.status { color: #1b6e34; }
@media (prefers-color-scheme: dark) { .status { color: #7fd69a; } .options section { border-color: #394050; } .pack { border-color: #394050; } }
kbd { border: 1px solid #b9c0cc; border-radius: 4px; padding: 0 5px; font: 12px ui-monospace, monospace; }
.sources { font-size: 13px; max-height: 320px; overflow: auto; }
.page-off { font-style: italic; }
`;
