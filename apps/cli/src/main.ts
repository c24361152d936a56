import { EXIT, type ExitCode } from './exit.js';
import type { CliIo } from './io.js';
import { ENGINE } from './version.js';

export type { CliIo };

/**
 * Runs the command line `argv` and returns the exit code; `bin.ts` only sets process.exitCode.
 * `--version` alone answers before commander and the command definitions load (program.ts):
 * scripts call it to check an install, and it should cost little more than starting Node.
 */
export async function main(argv: string[], io: CliIo): Promise<ExitCode> {
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    io.stdout.write(`${ENGINE.version}\n`);
    return EXIT.ok;
  }
  const { runProgram } = await import('./program.js');
  return runProgram(argv, io);
}
