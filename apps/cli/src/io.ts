/** Where main reads and writes: the streams, the working directory and the environment of the run. */
export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** Folder relative paths are taken from. __Default:__ `process.cwd()`. */
  cwd?: string;
  /** Language and colour settings (CLUSTERLENS_LANG, LANG, NO_COLOR, FORCE_COLOR). __Default:__ `process.env`. */
  env?: NodeJS.ProcessEnv;
  /** Ends a long-running command (`serve`) as Ctrl+C would; tests use it. */
  stopped?: Promise<void>;
}
