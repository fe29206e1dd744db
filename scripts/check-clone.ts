/**
 * Builds Inkling the way a stranger would: a fresh clone of this repository's last commit in a
 * temporary folder with nothing beside it (no ../shared), then `npm ci`, the data build, the
 * Chrome build and the unit tests. `--full` runs the README's whole test command instead of the
 * last two. Slow (a full install), so CI does not run it on every push.
 *
 *   npm run check:clone [-- --full] [-- --keep]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './lib/data-files';

const full = process.argv.includes('--full');
const keep = process.argv.includes('--keep');
const parent = mkdtempSync(join(tmpdir(), 'inkling-clone-'));
const dir = join(parent, 'inkling');
// The clone must not inherit this workspace's demand for the seed texts.
const env = { ...process.env, INKLING_REQUIRE_SEEDS: '' };

function run(cmd: string, args: string[], cwd = dir): string {
  console.log(`check:clone $ ${cmd} ${args.join(' ')}`);
  const out = execFileSync(cmd, args, {
    cwd,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  process.stdout.write(out.split('\n').slice(-6).join('\n'));
  return out;
}

let ok = false;
try {
  run('git', ['clone', '--quiet', root, dir], parent);
  run('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline']);
  const data = run('npm', ['run', 'data:build']);
  if (!/seed-quote check skipped/.test(data))
    throw new Error('the data build did not say that it skipped the seed-quote check');
  if (full) run('npm', ['test']);
  else {
    run('npx', ['wxt', 'build']);
    run('npm', ['run', 'test:unit']);
  }
  ok = true;
} finally {
  if (keep) console.log(`check:clone: the clone is kept at ${dir}`);
  else rmSync(parent, { recursive: true, force: true });
}
console.log(ok ? 'check:clone: a clone with nothing beside it builds and passes' : '');
