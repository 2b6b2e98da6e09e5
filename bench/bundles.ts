/** Sizes of the built Chrome extension's scripts (minified by build.mjs), raw and gzipped. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  kb: number;
  gzip_kb: number;
}

export function bundleSizes(dir: string): Record<string, BundleSize> {
  const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
  return Object.fromEntries(
    readdirSync(dir)
      .filter((file) => file.endsWith('.js'))
      .sort()
      .map((file) => {
        const bytes = readFileSync(join(dir, file));
        return [file, { kb: kb(bytes.length), gzip_kb: kb(gzipSync(bytes).length) }];
      }),
  );
}
