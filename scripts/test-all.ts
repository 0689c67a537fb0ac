/**
 * `npm test`: every gate, in order, stopping at the first failure. Each step is an npm script that can also be
 * run alone. The last line sums up the steps that ran.
 */
import { spawnSync } from 'node:child_process';

const steps: [name: string, script: string][] = [
  ['content integrity', 'check:content'],
  ['type check', 'check:types'],
  ['lint and format', 'lint'],
  ['unit and integrity tests', 'test:unit'],
  ['production build (no unreviewed warnings)', 'build:checked'],
  ['HTML validity', 'test:html'],
  ['internal links and fragments', 'test:links'],
  ['page weight budgets', 'test:weight'],
  ['Lighthouse (home in three languages, story, deal, timeline)', 'test:lighthouse'],
  ['browser tests', 'test:e2e'],
];

const npm = process.env['npm_execpath'];
const results: string[] = [];
for (const [name, script] of steps) {
  console.log(`\n▶ ${name} (npm run ${script})`);
  const started = Date.now();
  const result = npm
    ? spawnSync(process.execPath, [npm, 'run', '--silent', script], { stdio: 'inherit' })
    : spawnSync('npm', ['run', '--silent', script], { stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed after ${seconds}s (npm run ${script})`);
    console.log(`steps: ${results.length} passed, 1 failed`);
    process.exit(1);
  }
  results.push(`${name} ${seconds}s`);
  console.log(`✓ ${name} (${seconds}s)`);
}
console.log(`\nsteps: ${results.length} passed, 0 failed`);
