import {
  closeSync,
  existsSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { ConfigError } from '@x/core';
import { type ApiSpec, type StreamSpec, apiOf } from '../apis/index.js';
import { type ConnectOptions, connect } from '../connect.js';
import { CsvWriter } from '../csv.js';
import { addDays, isIsoDate, isoDay } from '../dates.js';
import { EXIT, exitCodeOf } from '../exit-codes.js';
import { type Output, maskSecrets, toJson } from '../io.js';
import { parseParams } from '../params.js';
import { progress } from '../progress.js';

/** Options of `export`. */
export interface ExportCommandOptions extends ConnectOptions {
  /** `csv` or `jsonl`. */
  format: string;
  /** Output file; stdout when absent. */
  out?: string;
  /** First page (paged streams) or first day (window streams). */
  from?: string;
  /** Last day, included (window streams). Default today. */
  to?: string;
  /** Days per window. */
  windowDays?: number;
  /** State file for resuming. */
  state?: string;
  /** CSV delimiter. */
  delimiter: string;
  /** Progress output (`--no-progress` turns it off). */
  progress: boolean;
}

/** What the state file holds. */
export interface ExportState {
  /** API name. */
  api: string;
  /** Stream name. */
  stream: string;
  /** Where the next run starts: a page number or an ISO date. */
  next: number | string;
  /** Items written so far, over all runs. */
  items: number;
  /** Whether the export reached its end. */
  done: boolean;
  /** When the state was written. */
  updated: string;
}

function readState(path: string, api: string, stream: string): ExportState | undefined {
  if (!existsSync(path)) return undefined;
  let state: ExportState;
  try {
    state = JSON.parse(readFileSync(path, 'utf8')) as ExportState;
  } catch {
    throw new ConfigError(`state file ${path} is not valid JSON; delete it to start over.`);
  }
  if (state.api !== api || state.stream !== stream)
    throw new ConfigError(`state file ${path} belongs to "${state.api} ${state.stream}"; use another file.`);
  return state;
}

function writeState(path: string, state: ExportState): void {
  // Written aside and renamed, so a crash mid-write never leaves a broken state file.
  writeFileSync(`${path}.tmp`, `${JSON.stringify(state, null, 2)}\n`);
  renameSync(`${path}.tmp`, path);
}

/** The header of a CSV file being appended to (its first line), if it has one. */
function existingHeader(path: string, delimiter: string): string[] | undefined {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(64 * 1024);
    const n = readSync(fd, buf, 0, buf.length, 0);
    const first = buf.subarray(0, n).toString('utf8').split(/\r?\n/)[0];
    return first ? first.split(delimiter).map((c) => c.replace(/^"|"$/g, '').replace(/""/g, '"')) : undefined;
  } finally {
    closeSync(fd);
  }
}

function streamOf(api: ApiSpec, name: string): StreamSpec {
  const streams = api.streams();
  const stream =
    streams[name] ?? Object.entries(streams).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
  if (!stream)
    throw new ConfigError(
      `${api.name} has no stream "${name}"; streams: ${Object.keys(streams).join(', ')}.`,
    );
  return stream;
}

/** Lists the streams of an API. */
export function listStreams(api: ApiSpec, output: Output): number {
  const streams = Object.entries(api.streams());
  const width = Math.max(...streams.map(([k]) => k.length));
  for (const [name, s] of streams)
    output.out(
      `${name.padEnd(width)}  ${s.kind === 'pages' ? 'paged' : s.kind === 'days' ? 'windows' : 'table'}  ${s.doc}\n`,
    );
  return EXIT.ok;
}

/** `xsdk export <api> [stream] [params...]`. */
export async function exportCommand(
  apiName: string,
  streamName: string | undefined,
  args: string[],
  options: ExportCommandOptions,
  output: Output,
): Promise<number> {
  const api = apiOf(apiName);
  if (streamName === undefined) return listStreams(api, output);
  const stream = streamOf(api, streamName);
  const format = options.format.toLowerCase();
  if (format !== 'csv' && format !== 'jsonl') throw new ConfigError('--format must be csv or jsonl.');
  if (options.delimiter.length !== 1 || /["\r\n]/.test(options.delimiter))
    throw new ConfigError('--delimiter must be one character other than a quote or a line break.');
  const params = parseParams(args) ?? {};
  const state = options.state ? readState(options.state, api.name, streamName) : undefined;
  if (state?.done && options.from === undefined) {
    output.err(
      `xsdk: ${options.state} says this export is complete (${state.items} items); delete it to export again.`,
    );
    return EXIT.ok;
  }
  const resuming = state !== undefined && options.from === undefined;

  // Where to start, and how to count.
  let firstPage = 1;
  let fromDay = '';
  let toDay = '';
  let windowDays = 0;
  if (stream.kind === 'pages') {
    const from = resuming ? String(state.next) : (options.from ?? '1');
    firstPage = Number(from);
    if (!Number.isInteger(firstPage) || firstPage < 1)
      throw new ConfigError('--from must be a page number ≥ 1 for this stream.');
  } else if (stream.kind === 'days') {
    const from = resuming ? String(state.next) : options.from;
    if (!from)
      throw new ConfigError('--from is required for this stream: the first day, e.g. --from 2026-01-01.');
    if (!isIsoDate(from))
      throw new ConfigError(`--from must be an ISO date (YYYY-MM-DD) for this stream; got ${from}.`);
    fromDay = from;
    toDay = options.to ?? isoDay(Date.now());
    if (!isIsoDate(toDay)) throw new ConfigError(`--to must be an ISO date (YYYY-MM-DD); got ${toDay}.`);
    windowDays = options.windowDays ?? stream.windowDays;
    if (!Number.isInteger(windowDays) || windowDays < 1)
      throw new ConfigError('--window-days must be a whole number ≥ 1.');
  } else if (options.from !== undefined) {
    throw new ConfigError(`"${streamName}" is one call answering a whole table: --from does not apply.`);
  }

  const conn = connect(api, options, output);
  const append = resuming && options.out !== undefined && existsSync(options.out);
  const fd = options.out ? openSync(options.out, append ? 'a' : 'w') : undefined;
  const write = (text: string) => {
    const masked = maskSecrets(text, output.secrets);
    if (fd === undefined) process.stdout.write(masked);
    else writeSync(fd, masked);
  };
  const existing =
    append && format === 'csv' && options.out ? existingHeader(options.out, options.delimiter) : undefined;
  const csv = new CsvWriter(
    write,
    options.delimiter,
    (m) => output.err(`xsdk: warning: ${m}`),
    !existing,
    existing,
  );
  const emit = (rows: unknown[]) => {
    if (format === 'csv') csv.rows(rows);
    else write(rows.map((r) => `${toJson(r, false)}\n`).join(''));
  };

  const total =
    stream.kind === 'days'
      ? Math.max(
          0,
          Math.ceil((Date.parse(toDay) - Date.parse(fromDay) + 86_400_000) / (windowDays * 86_400_000)),
        )
      : stream.kind === 'table'
        ? 1
        : undefined;
  const bar = progress({
    label: `${api.name} ${streamName}`,
    unit: stream.kind === 'pages' ? 'pages' : stream.kind === 'days' ? 'windows' : 'calls',
    total,
    tty: process.stderr.isTTY === true,
    enabled: options.progress,
    line: (t) => output.err(t),
  });
  const controller = new AbortController();
  const stop = () => controller.abort(new Error('interrupted'));
  process.once('SIGINT', stop);
  let items = 0;
  let steps = 0;
  const saveState = (next: number | string, done: boolean) => {
    if (options.state)
      writeState(options.state, {
        api: api.name,
        stream: streamName,
        next,
        items: (resuming ? state.items : 0) + items,
        done,
        updated: new Date().toISOString(),
      });
  };
  try {
    if (stream.kind === 'pages') {
      let page = firstPage;
      for await (const rows of stream.pages(conn.client, firstPage, controller.signal)) {
        emit(rows);
        items += rows.length;
        steps++;
        page++;
        saveState(page, false);
        bar.update({ items, steps });
      }
      saveState(page, true);
    } else if (stream.kind === 'days') {
      for (let day = fromDay; day <= toDay; day = addDays(day, windowDays)) {
        const last = addDays(day, windowDays - 1) < toDay ? addDays(day, windowDays - 1) : toDay;
        const rows = await stream.window(conn.client, day, last, controller.signal);
        emit(rows);
        items += rows.length;
        steps++;
        saveState(addDays(last, 1), false);
        bar.update({ items, steps });
      }
      saveState(addDays(toDay, 1), true);
    } else {
      const rows = await stream.rows(conn.client, params, controller.signal);
      emit(rows);
      items += rows.length;
      steps++;
      saveState(1, true);
      bar.update({ items, steps });
    }
    bar.stop();
    output.err(
      `xsdk: exported ${items} items in ${steps} ${stream.kind === 'pages' ? 'pages' : stream.kind === 'days' ? 'windows' : 'calls'}`,
    );
    return EXIT.ok;
  } catch (error) {
    bar.stop();
    output.error(error);
    if (options.state)
      output.err(`xsdk: the state file ${options.state} holds where to resume: run the same command again.`);
    return exitCodeOf(error);
  } finally {
    if (fd !== undefined) closeSync(fd);
    process.off('SIGINT', stop);
  }
}
