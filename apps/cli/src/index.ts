/**
 * clusterlens — the command-line app. Analysts who script should import the packages
 * (@clusterlens/survey, scoring, report) directly; this module exposes the CLI entry
 * and its exit codes for embedding and tests.
 */
export { main, type CliIo } from './main.js';
export { EXIT, ExitError, type ExitCode } from './exit.js';
