// Child process of bench/run.mjs: imports one case file, runs it, sends its rows back over IPC.
// A case exports `title` and `run()` → rows (see bench/README.md for the row shapes).
import { pathToFileURL } from 'node:url';

const file = process.argv[2];
try {
  const mod = await import(pathToFileURL(file).href);
  const rows = await mod.run();
  process.send({ title: mod.title, rows });
} catch (error) {
  process.send({ error: error instanceof Error ? error.message : String(error) });
  process.exitCode = 1;
}
