import { readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Start of the name of every temporary folder the tests of this run make in os.tmpdir(). */
    tmpPrefix: string;
  }
}

/**
 * Gives the run a temporary-folder prefix of its own (another run, or another package's tests,
 * may share the system temp folder), and after the run fails it when any folder of that prefix
 * is left: tests must remove what they make.
 */
export default function setup(project: TestProject): () => Promise<void> {
  const prefix = `clusterlens-cli-${process.pid}-`;
  project.provide('tmpPrefix', prefix);
  return async () => {
    const left = (await readdir(tmpdir())).filter((name) => name.startsWith(prefix));
    // Removed so that a failed run does not leave them either, then reported.
    await Promise.all(left.map((name) => rm(`${tmpdir()}/${name}`, { recursive: true, force: true })));
    if (left.length === 0) return;
    // vitest reports an error thrown here but still exits 0: fail the run by its exit code.
    process.stderr.write(`Tests left ${left.length} temporary folder(s) in ${tmpdir()}: ${left.join(', ')}\n`);
    process.exitCode = 1;
  };
}
