import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Gives the whole run one temporary folder (TMPDIR, inherited by test workers and by the CLI
 * processes the end-to-end tests start) and fails the run if a test left anything in it: tests
 * must clean up after themselves, and a guard on a name prefix would miss what others create.
 */
export function setup(): () => void {
  const outer = tmpdir();
  const runDir = mkdtempSync(join(outer, 'clusterlens-test-run-'));
  process.env.TMPDIR = runDir;
  return () => {
    process.env.TMPDIR = outer;
    const left = readdirSync(runDir);
    rmSync(runDir, { recursive: true, force: true });
    if (left.length === 0) return;
    // vitest reports an error thrown here but still exits 0, so the guard sets the exit code itself.
    console.error(`\nFAIL temp-guard: tests left ${left.length} entries in the temporary folder: ${left.slice(0, 10).join(', ')}`);
    process.exitCode = 1;
  };
}
