/**
 * Card styles, all in px so a page's root font size cannot scale them, and starting from
 * `all: initial` so nothing is inherited from the page. Colours are the shared theme variables
 * (components/theme-css.ts); dark via a class on the container, chosen from the theme setting,
 * the page's background and the system setting.
 */
import { darkVars, FONT_STACK, lightVars } from '../theme-css';

export const cardCss = `
:host { all: initial !important; display: block !important; position: fixed !important; top: 0 !important; left: 0 !important;
  width: 0 !important; height: 0 !important; z-index: 2147483647 !important; transform: none !important; filter: none !important;
  opacity: 1 !important; visibility: visible !important; }
.card { all: initial; ${lightVars} display: block; position: fixed; top: 0; left: 0; box-sizing: border-box; width: 360px; max-width: calc(100vw - 16px);
  max-height: min(460px, calc(100vh - 16px)); overflow: hidden; display: flex; flex-direction: column;
  font: 400 14px/20px ${FONT_STACK};
  color: var(--ink); background: var(--bg); border: 1px solid var(--line-2); border-radius: 10px;
  box-shadow: var(--shadow); text-align: left; letter-spacing: normal; word-spacing: normal; direction: ltr;
  transition: opacity 120ms ease-out; }
.card.dark, .dark .card { ${darkVars} }
@media (prefers-reduced-motion: reduce) { .card { transition: none; } }
.card * { box-sizing: border-box; font: inherit; color: inherit; letter-spacing: normal; }
.card-inner { display: flex; flex-direction: column; min-height: 0; }
.head { display: flex; align-items: flex-start; gap: 8px; padding: 12px 10px 8px 14px; border-bottom: 1px solid var(--line); }
.titles { flex: 1; min-width: 0; }
.name { margin: 0; font-size: 16px; line-height: 22px; font-weight: 650; }
.native { font-weight: 400; color: var(--muted); }
.name .primary[lang=zh] + .native { font-size: 14px; }
.meta { margin-top: 2px; font-size: 12px; line-height: 16px; color: var(--muted); display: flex; flex-wrap: wrap; gap: 8px; }
.matched { font-style: italic; }
.head-actions { display: flex; gap: 2px; align-items: center; flex: none; }
.body { overflow-y: auto; padding: 10px 14px 10px; max-height: 360px; display: flex; flex-direction: column; }
.body > * { flex: none; }
.summary { margin: 0 0 8px; }
.summary-zh { margin-top: -4px; color: var(--ink-2); }
h3 { margin: 6px 0 4px; font-size: 11px; line-height: 14px; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; color: var(--faint); }
ul { list-style: none; margin: 0; padding: 0; }
li { margin: 0 0 6px; padding: 0; }
.time { display: inline-block; margin-right: 6px; font-size: 12px; font-variant-numeric: tabular-nums; color: var(--muted); }
button { cursor: pointer; }
.chip { display: inline-block; margin: 1px 0; padding: 0 6px; border: 1px solid var(--chip-line); border-radius: 9px; background: var(--chip-bg);
  font-size: 11px; line-height: 16px; color: var(--chip-ink); text-decoration: none;
  max-width: 100%; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; vertical-align: bottom; }
.chip:focus-visible, .link-btn:focus-visible, .icon-btn:focus-visible, a:focus-visible, .claim-line:focus-visible { outline: 2px solid var(--focus); outline-offset: 1px; }
.quote-box { display: block; margin: 4px 0 2px; padding: 6px 8px; border-left: 3px solid var(--quote-line); background: var(--bg-2); font-size: 12px; line-height: 17px; }
.quote { display: block; font-style: italic; quotes: "“" "”"; }
.quote-title { display: block; margin-top: 2px; color: var(--faint); }
.quote-actions { display: flex; gap: 12px; margin-top: 4px; }
a, .link-btn { color: var(--accent); text-decoration: underline; background: none; border: 0; padding: 0; }
.icon-btn { border: 0; background: none; font-size: 18px; line-height: 20px; padding: 0 4px; color: var(--faint); border-radius: 4px; }
.icon-btn:hover { background: var(--bg-3); }
.onpage { color: var(--ok); font-size: 12px; }
.role, .rel-native { color: var(--muted); }
.not-this { display: block; margin: 0; padding: 6px 14px; width: 100%; text-align: left; border: 0; border-top: 1px solid var(--line);
  background: none; font: inherit; font-size: 12px; color: var(--warn, #8a3b12); }
.not-this:hover { background: var(--bg-3); }
.not-this:focus-visible { outline: 2px solid #3b82f6; outline-offset: -2px; }
.links { margin: 8px 0 0; font-size: 12px; }
.foot { display: flex; align-items: center; gap: 8px; padding: 6px 14px; border-top: 1px solid var(--line); font-size: 11px; line-height: 14px; color: var(--muted); }
.foot-text { flex: 1; min-width: 0; }
.foot-actions { display: flex; gap: 8px; align-items: center; }
.foot-actions:empty { display: none; }
/* Claim check (components/card/ClaimCheck.tsx): a line that leads only when a claim differs or
   matches; quiet checks (nothing covered) go after the facts on a pinned card. */
.claims { order: -1; margin: 0 0 8px; border-radius: 6px; }
.claims-quiet { order: 10; margin: 8px 0 0; padding: 6px 8px; border: 1px solid var(--line); background: var(--bg-2); }
.claims-differs { border: 1px solid var(--bad-line); background: var(--bad-bg); }
.claims-differs .claim-details { background: var(--bg); }
.claims-matches { border: 1px solid var(--line); }
.claim-line { all: unset; box-sizing: border-box; display: flex; align-items: baseline; gap: 6px; width: 100%; padding: 5px 8px; margin: 0;
  font-size: 13px; line-height: 18px; cursor: pointer; border-radius: 6px; }
p.claim-line { cursor: default; }
.claims-differs .claim-line { color: var(--bad-ink); }
.claims-matches .claim-line { color: var(--muted); font-size: 12px; }
.claim-line-text { flex: 1; min-width: 0; overflow-wrap: anywhere; }
.claim-more { color: var(--muted); font-size: 12px; }
.claim-toggle { flex: none; font-size: 11px; color: var(--accent); }
.claim-details { padding: 6px 8px; border-top: 1px solid var(--line); border-radius: 0 0 6px 6px; }
.claims-quiet .claim-details { padding: 0; border: 0; }
.claim-list { margin: 0; }
.claim { margin: 0 0 5px; }
.verdict { display: inline-block; flex: none; padding: 0 6px; border-radius: 9px; font-size: 11px; line-height: 16px; font-weight: 700; }
.verdict-matches { background: var(--ok-bg); color: var(--ok-ink); }
.verdict-differs { background: var(--bad); color: var(--bg); }
.verdict-unknown { background: var(--quiet-bg); color: var(--quiet-ink); }
.claim-quote { font-style: italic; }
.evidence { display: block; margin: 2px 0 0 10px; font-size: 12px; line-height: 17px; color: var(--ink-2); }
.at-date h3 { margin-top: 6px; }
.later-title { margin: 4px 0 2px; font-size: 11px; font-weight: 700; color: var(--faint); }
.muted-line { margin: 0; font-size: 12px; line-height: 17px; color: var(--faint); }
.claim-actions { display: flex; flex-wrap: wrap; gap: 10px; align-items: center; margin-top: 6px; font-size: 12px; }
.claim-status { color: var(--ok); }
`;
