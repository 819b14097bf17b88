/**
 * `npm test`: everything a fresh machine needs, then every test.
 * 1. Debian's Chromium for the browser tests and nginx for the deployment
 *    test (installed with apt-get when missing and we are root; otherwise a
 *    clear instruction).
 * 2. A production build of the site into dist/, search index included.
 * 3. vitest: unit, content-refusal, build and browser tests, ending with
 *    a plain `Tests: N passed, N failed, N skipped` line.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Debian packages the tests drive, installed with apt-get when missing and we are root. */
const PACKAGES = [
  { name: 'chromium', path: CHROMIUM, for: 'the browser tests' },
  { name: 'nginx', path: process.env.NGINX_PATH ?? '/usr/sbin/nginx', for: 'the deployment test (deploy/nginx/)' },
];
const missing = PACKAGES.filter((each) => !existsSync(each.path));
if (missing.length > 0) {
  if (process.getuid?.() === 0) {
    console.log(
      `Installing Debian’s ${missing.map((each) => each.name).join(' and ')} for ${missing.map((each) => each.for).join(' and ')}…`,
    );
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', ...missing.map((each) => each.name)], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } else {
    for (const each of missing)
      console.error(`${each.for} need ${each.path}. Install it with: sudo apt-get install -y ${each.name}`);
    process.exit(1);
  }
}

run('npm', ['run', 'build']);

// vitest's own summary, then one plain line that any CI can read.
const results = 'test-results/vitest.json';
const vitest = spawnSync(
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${results}`, ...process.argv.slice(2)],
  { stdio: 'inherit', env: process.env },
);
if (existsSync(results)) {
  const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = JSON.parse(readFileSync(results, 'utf8')) as Record<
    string,
    number
  >;
  console.log(
    `Tests: ${numPassedTests} passed, ${numFailedTests} failed, ${(numPendingTests ?? 0) + (numTodoTests ?? 0)} skipped`,
  );
}
process.exit(vitest.status ?? 1);
