/**
 * One look for the card, the popup and the options page: the same type, spacing scale and
 * colours, as CSS custom properties. The card sets them on its own root (inside a closed shadow
 * root, starting from `all: initial`); the extension pages set them on <html>. Dark is a
 * `dark` class chosen from the theme setting (light, dark, or follow the page and system).
 */
export const FONT_STACK = `system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif`;

export const lightVars = `
  --ink: #1d1d1f; --ink-2: #3d4250; --muted: #5b6170; --faint: #6a7080;
  --bg: #ffffff; --bg-2: #f6f8fb; --bg-3: #eef1f6; --hover: #e8eefb;
  --line: #e6e8ee; --line-2: #d0d4dc; --field: #b9c0cc;
  --accent: #1d5fbf; --accent-ink: #ffffff; --focus: #3b82f6;
  --chip-bg: #f3f5f9; --chip-line: #c9cfda; --chip-ink: #35507a;
  --ok: #1f7a3a; --ok-bg: #dff3e4; --ok-ink: #17622e;
  --bad: #9b1c13; --bad-bg: #fde2df; --bad-ink: #9b1c13; --bad-line: #f1b8b1;
  --quiet-bg: #eceef2; --quiet-ink: #555b68;
  --quote-line: #9fb3d6; --shadow: 0 8px 28px rgba(0,0,0,.18);
`;

export const darkVars = `
  --ink: #e9eaee; --ink-2: #c9cdd6; --muted: #a9aebb; --faint: #9aa0ad;
  --bg: #1e2027; --bg-2: #262a33; --bg-3: #2a2e38; --hover: #2c3444;
  --line: #333844; --line-2: #3b3f4a; --field: #4a5060;
  --accent: #8ab8ff; --accent-ink: #10141c; --focus: #8ab8ff;
  --chip-bg: #2a2e38; --chip-line: #444a57; --chip-ink: #a9c4f0;
  --ok: #7fdc98; --ok-bg: #1f4a2c; --ok-ink: #a9efbd;
  --bad: #ffb0a6; --bad-bg: #5a201b; --bad-ink: #ffc2bb; --bad-line: #7a3029;
  --quiet-bg: #363a45; --quiet-ink: #c3c8d2;
  --quote-line: #56698c; --shadow: 0 8px 28px rgba(0,0,0,.5);
`;
