/**
 * Is the confidence calibrated? Among pages where a source is named, the share named rightly per confidence band
 * should be close to the band's mean confidence.
 */
import { markdownTable } from './table';

export interface Calibrated {
  confidence: number;
  right: boolean;
}

const BANDS = [0, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99, 1.0001];

export function calibrationBands(items: readonly Calibrated[]) {
  return BANDS.slice(0, -1).flatMap((low, i) => {
    const band = items.filter((item) => item.confidence >= low && item.confidence < BANDS[i + 1]);
    if (band.length === 0) return [];
    const mean = band.reduce((sum, item) => sum + item.confidence, 0) / band.length;
    const right = band.filter((item) => item.right).length / band.length;
    return [{ band: `${low.toFixed(2)}–${Math.min(1, BANDS[i + 1]).toFixed(2)}`, pages: band.length, meanConfidence: mean, shareRight: right }];
  });
}

export function calibrationTable(items: readonly Calibrated[]): string {
  return markdownTable(
    ['confidence band', 'pages with a source', 'mean confidence', 'source right'],
    calibrationBands(items).map((b) => [b.band, String(b.pages), b.meanConfidence.toFixed(3), b.shareRight.toFixed(3)]),
  );
}
