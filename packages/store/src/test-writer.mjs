// A writer process for concurrent.test.ts: opens one store (SQLite file or postgres://),
// says "ready", waits for "go" on stdin (so that two writers record at the same time), then
// records each result of a JSON array, one transaction per result, through the built package
// as the CLI would.
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { openStore } from '@clusterlens/store';

const [location, resultsFile] = process.argv.slice(2);
const results = JSON.parse(await readFile(resultsFile, 'utf8'));
const opened = await openStore(location);
if (!opened.ok) {
  process.stderr.write(`${JSON.stringify(opened.issues)}\n`);
  process.exit(1);
}
process.stdout.write('ready\n');
await once(process.stdin, 'data');
for (const result of results) await opened.store.record(result);
await opened.store.close();
process.stdin.destroy();
