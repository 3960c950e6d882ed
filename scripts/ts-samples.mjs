// The ```ts blocks of a Markdown file, as standalone modules for tsc. Shared by
// scripts/consumer-check.mjs (package READMEs, against the packed packages) and
// docs/check-samples.mjs (the documentation site, against the sources).
//
// A block is compiled on its own, as a module. An HTML comment right before it adjusts that:
// `<!-- ts-sample: skip -->` leaves it out, and `<!-- ts-sample: <declarations> -->` prepends
// declarations the snippet assumes (e.g. `declare const server: SetupServerApi;`), so the rendered
// page stays short.

const BLOCK = /(?:<!--\s*ts-sample:([\s\S]*?)-->\s*\n)?```ts\n([\s\S]*?)```/g;

/**
 * Every ```ts block of `text` that is not marked `skip`, as a module source.
 * @param {string} text - the Markdown.
 * @param {string} origin - the file's path, written into each sample's first line.
 * @returns {Array<{ n: number, fence: number, header: number, source: string }>} `n` counts every
 *   block (skipped ones too, so numbers match the page); `fence` is the Markdown line of the
 *   opening fence; `header` the number of lines before the block's first line in `source`.
 */
export function extractTsSamples(text, origin) {
  const samples = [];
  let n = 0;
  for (const m of text.matchAll(BLOCK)) {
    n++;
    const directive = (m[1] ?? '').trim();
    if (directive === 'skip') continue;
    // The line of the opening fence: sample line L is Markdown line fence + L - header.
    const fence = text.slice(0, m.index + m[0].indexOf('```ts')).split('\n').length;
    const header = `// ${origin}, block ${n}\n${directive}\n`;
    // `export {}` keeps a block without imports a module (top-level await, no global clashes).
    samples.push({
      n,
      fence,
      header: header.split('\n').length - 1,
      source: `${header}${m[2]}\nexport {};\n`,
    });
  }
  return samples;
}

/**
 * Rewrites `<dir>/<file>.ts(12,5)` positions in tsc output to `<markdown>:<line>:5`.
 * @param {string} out - tsc's output.
 * @param {Map<string, { markdown: string, fence: number, header: number }>} origins - by sample
 *   file name as tsc prints it.
 */
export function toMarkdownLines(out, origins) {
  return out.replace(/([\w./-]+\.ts)\((\d+),(\d+)\)/g, (all, file, line, col) => {
    const o = origins.get(file) ?? origins.get(file.replace(/^.*\//, ''));
    const at = o && Number(line) - o.header;
    return o && at > 0 ? `${o.markdown}:${o.fence + at}:${col}` : all;
  });
}
