/** The research log of captured evidence notes, shown on the options page (see lib/claims/). */
export function ResearchLog() {
  return null;
}
