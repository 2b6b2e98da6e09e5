/** Milliseconds since `since` (a performance.now() reading), as printed by --timings. */
export const ms = (since: number) => `${(performance.now() - since).toFixed(1)} ms`;
