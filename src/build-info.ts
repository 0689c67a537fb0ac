/**
 * Facts about this build, printed next to downloads and inside the JSON files so a reader can tell which version
 * of the data they hold. The commit comes from git (`-dirty` when the working tree had uncommitted changes), or
 * from COMMIT_SHA on hosts that build from an archive without git.
 */
import { execFileSync } from 'node:child_process';
import { todayIso } from './lib/dates.ts';

function commit(): string {
  try {
    return execFileSync('git', ['describe', '--always', '--dirty', '--abbrev=12'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return process.env['COMMIT_SHA'] ?? 'unknown';
  }
}

export const buildInfo = { builtOn: todayIso(), commit: commit() } as const;
