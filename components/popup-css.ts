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
