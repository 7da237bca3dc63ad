// Makes sure Debian's Chromium is available for the Playwright tests (Playwright's own browser download is not
// reachable here). Uses CHROMIUM_PATH if set; otherwise /usr/bin/chromium, installing it with apt-get when missing.
import { execSync } from 'node:child_process';
import fs from 'node:fs';

const wanted = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (fs.existsSync(wanted)) process.exit(0);
if (process.env.CHROMIUM_PATH) {
  console.error(`CHROMIUM_PATH=${wanted} does not exist.`);
  process.exit(1);
}
const hasApt = fs.existsSync('/usr/bin/apt-get');
const isRoot = process.getuid?.() === 0;
if (!hasApt) {
  console.error(
    'Chromium is missing at /usr/bin/chromium and apt-get is not available: install Chromium and set CHROMIUM_PATH.',
  );
  process.exit(1);
}
const sudo = isRoot ? '' : 'sudo ';
console.log('Installing Debian chromium for the browser tests (apt-get)…');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execSync(`${sudo}apt-get update -qq && ${sudo}apt-get install -y -qq chromium >/dev/null`, {
  stdio: 'inherit',
  env,
  shell: '/bin/bash',
});
if (!fs.existsSync(wanted)) {
  console.error('apt-get finished but /usr/bin/chromium is still missing.');
  process.exit(1);
}
