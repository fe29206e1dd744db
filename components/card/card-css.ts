/**
 * Card styles, all in px so a page's root font size cannot scale them, and starting from
 * `all: initial` so nothing is inherited from the page. Light and dark via a class on the
 * container (chosen from the page's background and the system setting).
 */
export const cardCss = `
:host { all: initial !important; display: block !important; position: fixed !important; top: 0 !important; left: 0 !important;
  width: 0 !important; height: 0 !important; z-index: 2147483647 !important; transform: none !important; filter: none !important;
  opacity: 1 !important; visibility: visible !important; }
.card { all: initial; display: block; position: fixed; top: 0; left: 0; box-sizing: border-box; width: 360px; max-width: calc(100vw - 16px);
  max-height: min(460px, calc(100vh - 16px)); overflow: hidden; display: flex; flex-direction: column;
  font: 400 14px/20px system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", sans-serif;
  color: #1d1d1f; background: #ffffff; border: 1px solid #d0d4dc; border-radius: 10px;
  box-shadow: 0 8px 28px rgba(0,0,0,.18); text-align: left; letter-spacing: normal; word-spacing: normal; direction: ltr;
  transition: opacity 120ms ease-out; }
.card.dark { color: #e9eaee; background: #1e2027; border-color: #3b3f4a; box-shadow: 0 8px 28px rgba(0,0,0,.5); }
@media (prefers-reduced-motion: reduce) { .card { transition: none; } }
.card * { box-sizing: border-box; font: inherit; color: inherit; letter-spacing: normal; }
.card-inner { display: flex; flex-direction: column; min-height: 0; }
.head { display: flex; align-items: flex-start; gap: 8px; padding: 12px 12px 8px 14px; border-bottom: 1px solid #e6e8ee; }
.dark .head { border-color: #333844; }
.titles { flex: 1; min-width: 0; }
.name { margin: 0; font-size: 16px; line-height: 22px; font-weight: 650; }
.native { font-weight: 400; color: #555b66; }
.dark .native { color: #b6bac4; }
.meta { margin-top: 2px; font-size: 12px; line-height: 16px; color: #5b6170; display: flex; flex-wrap: wrap; gap: 8px; }
.dark .meta { color: #a9aebb; }
.matched { font-style: italic; }
.body { overflow-y: auto; padding: 8px 14px 10px; max-height: 360px; }
.summary { margin: 0 0 8px; }
h3 { margin: 10px 0 4px; font-size: 11px; line-height: 14px; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; color: #6a7080; }
.dark h3 { color: #9aa0ad; }
ul { list-style: none; margin: 0; padding: 0; }
li { margin: 0 0 6px; padding: 0; }
.time { display: inline-block; margin-right: 6px; font-size: 12px; font-variant-numeric: tabular-nums; color: #5b6170; }
.dark .time { color: #a9aebb; }
button { cursor: pointer; }
.chip { display: inline-block; margin: 1px 0; padding: 0 6px; border: 1px solid #c9cfda; border-radius: 9px; background: #f3f5f9;
  font-size: 11px; line-height: 16px; color: #35507a; }
.dark .chip { background: #2a2e38; border-color: #444a57; color: #a9c4f0; }
.chip:focus-visible, .link-btn:focus-visible, .icon-btn:focus-visible, a:focus-visible { outline: 2px solid #3b82f6; outline-offset: 1px; }
.quote-box { display: block; margin: 4px 0 2px; padding: 6px 8px; border-left: 3px solid #9fb3d6; background: #f6f8fb; font-size: 12px; line-height: 17px; }
.dark .quote-box { background: #262a33; border-color: #56698c; }
.quote { display: block; font-style: italic; quotes: "“" "”"; }
.quote-title { display: block; margin-top: 2px; color: #6a7080; }
.quote-actions { display: flex; gap: 12px; margin-top: 4px; }
a, .link-btn { color: #1d5fbf; text-decoration: underline; background: none; border: 0; padding: 0; }
.dark a, .dark .link-btn { color: #8ab8ff; }
.icon-btn { border: 0; background: none; font-size: 18px; line-height: 20px; padding: 0 4px; color: #6a7080; border-radius: 4px; }
.not-this { display: block; margin: 0; padding: 6px 14px; width: 100%; text-align: left; border: 0; border-top: 1px solid #e6e8ee;
  background: none; font: inherit; font-size: 12px; color: #8a3b12; }
.dark .not-this { color: #f0a878; border-color: #333844; }
.not-this:hover { background: #fbf3ee; }
.dark .not-this:hover { background: #2e2925; }
.not-this:focus-visible { outline: 2px solid #3b82f6; outline-offset: -2px; }
.onpage { color: #1f7a3a; font-size: 12px; }
.dark .onpage { color: #7fdc98; }
.role { color: #5b6170; }
.links { margin: 8px 0 0; font-size: 12px; }
.foot { padding: 6px 14px; border-top: 1px solid #e6e8ee; font-size: 11px; line-height: 14px; color: #5f6675; }
.dark .foot { color: #a9aebb; }
.dark .foot { border-color: #333844; }
/* Claim check (components/ClaimCheck.tsx) */
.claims { margin: 6px 0 8px; padding: 6px 8px; border: 1px solid #e0e4ec; border-radius: 6px; background: #fafbfd; }
.dark .claims { background: #23262e; border-color: #3a3f4b; }
.claim-list { margin: 0; }
.claim { margin: 0 0 5px; }
.verdict { display: inline-block; padding: 0 6px; border-radius: 9px; font-size: 11px; line-height: 16px; font-weight: 700; }
.verdict-matches { background: #dff3e4; color: #17622e; }
.verdict-differs { background: #fde2df; color: #9b1c13; }
.verdict-unknown { background: #eceef2; color: #555b68; }
.dark .verdict-matches { background: #1f4a2c; color: #a9efbd; }
.dark .verdict-differs { background: #5a201b; color: #ffc2bb; }
.dark .verdict-unknown { background: #363a45; color: #c3c8d2; }
.claim-quote { font-style: italic; }
.claim-values strong { color: #9b1c13; }
.dark .claim-values strong { color: #ffb0a6; }
.evidence { display: block; margin: 2px 0 0 10px; font-size: 12px; line-height: 17px; color: #3d4250; }
.dark .evidence { color: #c9cdd6; }
.at-date h3 { margin-top: 6px; }
.later-title { margin: 4px 0 2px; font-size: 11px; font-weight: 700; color: #6a7080; }
.muted-line { margin: 0; font-size: 12px; color: #6a7080; }
.claim-actions { display: flex; flex-wrap: wrap; gap: 10px; align-items: center; margin-top: 6px; font-size: 12px; }
.claim-status { color: #1f7a3a; }
.dark .claim-status { color: #7fdc98; }
`;
