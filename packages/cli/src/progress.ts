import { SingleBar } from 'cli-progress';

/** Counters of an export in progress. */
export interface Counts {
  /** Items written. */
  items: number;
  /** Pages or windows done. */
  steps: number;
}

/** Reports export progress on stderr. */
export interface Progress {
  /** A page or window is done. */
  update(counts: Counts): void;
  /** The export ended (successfully or not). */
  stop(): void;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * A progress bar (cli-progress) when stderr is a terminal, plain lines otherwise (CI logs, files).
 * `total` is the number of windows when known; paged downloads do not know their page count.
 */
export function progress(options: {
  label: string;
  unit: 'pages' | 'windows' | 'calls';
  total: number | undefined;
  tty: boolean;
  enabled: boolean;
  line: (text: string) => void;
}): Progress {
  const started = Date.now();
  const rate = (items: number) => (items / Math.max((Date.now() - started) / 1000, 0.001)).toFixed(1);
  if (!options.enabled) return { update() {}, stop() {} };
  if (!options.tty) {
    return {
      update({ items, steps }) {
        const of = options.total ? `/${options.total}` : '';
        options.line(
          `${options.label}: ${steps}${of} ${options.unit}, ${items} items, ${rate(items)} items/s, ${seconds(Date.now() - started)} elapsed`,
        );
      },
      stop() {},
    };
  }
  const known = options.total !== undefined;
  const bar = new SingleBar({
    format: `${options.label} ${known ? '{bar} {percentage}% | {value}/{total}' : '{value}'} ${options.unit} | {items} items | {rate} items/s | {duration_formatted}`,
    stream: process.stderr,
    hideCursor: true,
    clearOnComplete: false,
    etaBuffer: 20,
  });
  bar.start(options.total ?? 0, 0, { items: 0, rate: '0.0' });
  return {
    update({ items, steps }) {
      bar.update(steps, { items, rate: rate(items) });
    },
    stop() {
      bar.stop();
    },
  };
}
