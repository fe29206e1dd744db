/**
 * How Inkling's content scripts are declared (issue 15, "frames that have nothing to say do
 * nothing"): the whole page script in the top frame only, and in every frame the tiny frame gate
 * (entrypoints/frame-gate.ts) with the marks' styles. wxt.config.ts applies `addFrameGate` to the
 * manifest WXT generates; scripts/check-bundles.ts checks the built manifests with
 * `contentScriptProblems`.
 */
export interface ContentScriptEntry {
  matches?: string[];
  js?: string[];
  css?: string[];
  all_frames?: boolean;
  match_about_blank?: boolean;
  match_origin_as_fallback?: boolean;
  run_at?: string;
}

export const FRAME_GATE_FILE = 'frame-gate.js';
export const PAGE_SCRIPT_FILE = 'content-scripts/content.js';
/** The gate runs in every frame of every page: it must stay a small script. */
export const FRAME_GATE_MAX_BYTES = 4096;

/** Adds the frame gate's entry (every frame, with the CSS) and leaves the page script top-only. */
export function addFrameGate(manifest: { content_scripts?: ContentScriptEntry[] }): void {
  const top = manifest.content_scripts?.find((c) => c.js?.includes(PAGE_SCRIPT_FILE));
  if (!top) throw new Error(`no content script entry with ${PAGE_SCRIPT_FILE}`);
  manifest.content_scripts!.push({
    matches: top.matches,
    js: [FRAME_GATE_FILE],
    // Manifest CSS is in place before the page's first style pass; a sheet added later would
    // restyle the whole document. The gate's entry covers the top frame too.
    css: top.css,
    all_frames: true,
    match_about_blank: true,
    // about:blank, srcdoc, blob: and data: frames take their creator's origin.
    match_origin_as_fallback: true,
    run_at: 'document_idle',
  });
  delete top.css;
}

/** What is wrong with a built manifest's content scripts, given each script's size in bytes. */
export function contentScriptProblems(
  entries: ContentScriptEntry[] | undefined,
  sizeOf: (file: string) => number,
): string[] {
  const problems: string[] = [];
  const list = entries ?? [];
  for (const e of list) {
    if (!e.all_frames) continue;
    const big = (e.js ?? []).filter((f) => f !== FRAME_GATE_FILE);
    if (big.length) problems.push(`runs in every frame: ${big.join(', ')} (only the gate may)`);
  }
  const gate = list.filter((e) => e.js?.includes(FRAME_GATE_FILE));
  if (gate.length !== 1 || !gate[0]!.all_frames)
    problems.push('the frame gate is not declared once for every frame');
  else if (sizeOf(FRAME_GATE_FILE) > FRAME_GATE_MAX_BYTES)
    problems.push(`the frame gate is ${sizeOf(FRAME_GATE_FILE)} bytes (> ${FRAME_GATE_MAX_BYTES})`);
  if (!list.some((e) => e.js?.includes(PAGE_SCRIPT_FILE) && !e.all_frames))
    problems.push('the page script is not declared for the top frame');
  const css = list.flatMap((e) => e.css ?? []);
  if (css.length !== new Set(css).size) problems.push('a stylesheet is declared twice');
  if (css.length === 0) problems.push('the marks have no stylesheet');
  return problems;
}
