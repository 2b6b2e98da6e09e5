/** Markdown tables and number formats shared by every evaluation's report. */

export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  const rule = `|${header.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** 0.8123 -> "0.812"; null (undefined metric) -> "—". */
export function num(value: number | null | undefined, digits = 3): string {
  return value === null || value === undefined || Number.isNaN(value) ? '—' : value.toFixed(digits);
}

/** 0.8123 -> "81.2%". */
export function pct(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${(value * 100).toFixed(1)}%`;
}

export function ms(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : value < 10 ? value.toFixed(2) : value.toFixed(0);
}

/** "12/40 (30.0%)" */
export function countOf(part: number, whole: number): string {
  return `${part}/${whole} (${pct(whole === 0 ? null : part / whole)})`;
}
