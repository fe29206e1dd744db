/**
 * `npm run screenshots`: regenerates the README's screenshots from the headless demo run.
 */
import { execSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
execSync('npm run demo', { cwd: root, stdio: 'inherit', env: { ...process.env, CI: 'true' } });
const pick: [string, string][] = [
  ['zhu-bigai-card-1.png', 'card.png'],
  ['baai-zh-card-1.png', 'card-zh.png'],
  ['talent-flows-card-1.png', 'card-dark.png'],
  ['zhu-bigai-popup.png', 'popup.png'],
];
mkdirSync(join(root, 'docs/screenshots'), { recursive: true });
for (const [from, to] of pick) {
  const src = join(root, 'demo-output', from);
  if (!existsSync(src)) throw new Error(`the demo did not write ${from}`);
  copyFileSync(src, join(root, 'docs/screenshots', to));
  console.log(`docs/screenshots/${to}`);
}
