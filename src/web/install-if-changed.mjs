// `npm ci`, unless node_modules was installed from this very package-lock.json: the Maven build runs this before every
// bundle, and a build without a change of the lock file needs neither the registry nor the time of a fresh install.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const stamp = join(here, 'node_modules', '.installed-lock-sha256');
const lock = createHash('sha256').update(readFileSync(join(here, 'package-lock.json'))).digest('hex');

if (existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === lock) {
  console.log('node_modules is up to date with package-lock.json');
} else {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const ci = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: here, stdio: 'inherit', shell: process.platform === 'win32' });
  if (ci.status !== 0) {
    process.exit(ci.status ?? 1);
  }
  writeFileSync(stamp, lock + '\n');
}
