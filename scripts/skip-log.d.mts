/** Records that `what` was skipped because of `why` (see skip-log.mjs). */
export declare function reportSkip(what: string, why: string): void;
