/** Set by wxt.config.ts for benchmark builds only (scripts/bench/page.ts); false and 0 otherwise. */
declare const __INKLING_BENCH__: boolean;
declare const __INKLING_BENCH_BUSY__: number;
