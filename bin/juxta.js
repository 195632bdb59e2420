#!/usr/bin/env node
// The `juxta` command. The TypeScript is compiled to dist/ by `npm run build` (run on install).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/src/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('juxta: not built yet; run "npm run build" in the juxta folder first.\n');
  process.exit(2);
}
// A reader that stops early (`juxta compare … | head`) closes the pipe: that is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
const { main } = await import(entry.href);
const status = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  stdin: process.stdin,
});
process.exitCode = status;
