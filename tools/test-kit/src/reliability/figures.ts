/**
 * Figures the reliability suite measures, printed as one `[reliability]` line per client and part
 * so a run's output can be copied into docs/reliability.md.
 */
export interface Figures {
  calls: number;
  failures: number;
  faultsInjected: number;
  retries: number;
  [key: string]: number | string;
}

export function report(client: string, part: string, figures: Figures): void {
  const line = Object.entries(figures)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
  console.log(`[reliability] ${client} ${part}: ${line}`);
}

/** Counts attempts logged as retries. */
export function retriesIn(records: readonly { record: { outcome?: string | undefined } }[]): number {
  return records.filter((r) => r.record.outcome === 'retry').length;
}
