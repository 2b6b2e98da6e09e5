// Builds everything with esbuild: the Node tools (CLI, eval, bench, demo) and the extension for Chrome and Firefox.
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';

// `node build.mjs` builds both; `node build.mjs tools` or `node build.mjs extension` builds one part.
// `--outdir=DIR` puts the extension builds and packages in DIR instead of dist/ (the e2e tests build their own).
const args = process.argv.slice(2);
const parts = args.filter((arg) => !arg.startsWith('--'));
const wants = (part) => parts.length === 0 || parts.includes(part);
const extensionRoot = args.find((arg) => arg.startsWith('--outdir='))?.slice('--outdir='.length) ?? 'dist';

// ---- Node tools ----

const nodeTools = [
  ['src/cli/main.ts', 'dist/cli/wiretrace.mjs'],
  ['scripts/eval.ts', 'dist/tools/eval.mjs'],
  ['bench/run.ts', 'dist/tools/bench.mjs'],
  ['scripts/demo.ts', 'dist/tools/demo.mjs'],
  ['scripts/train-paraphrase.ts', 'dist/tools/train-paraphrase.mjs'],
].filter(([entry]) => wants('tools') && existsSync(entry));

await Promise.all(
  nodeTools.map(([entry, outfile]) =>
    build({
      entryPoints: [entry],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      sourcemap: true,
      packages: 'external',
      banner: { js: '#!/usr/bin/env node' },
      logLevel: 'warning',
    }),
  ),
);

// ---- Extension ----

// Entry points that do not exist yet (another part still being written) are skipped, not an error.
const extensionEntries = [
  ['src/background/main.ts', 'background.js'],
  ['src/content/main.ts', 'content.js'],
  ['src/popup/main.ts', 'popup.js'],
  ['src/options/main.ts', 'options.js'],
].filter(([entry]) => existsSync(entry));

const targets = {
  chrome: { esbuildTarget: 'chrome120' },
  firefox: { esbuildTarget: 'firefox142' },
};

for (const [name, { esbuildTarget }] of wants('extension') ? Object.entries(targets) : []) {
  const outdir = join(extensionRoot, name);
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  if (existsSync('extension')) cpSync('extension', outdir, { recursive: true });
  // Classic scripts (IIFE): the background runs as a Chrome service worker and as a Firefox event page alike.
  await Promise.all(
    extensionEntries.map(([entry, file]) =>
      build({
        entryPoints: [entry],
        outfile: join(outdir, file),
        bundle: true,
        format: 'iife',
        platform: 'browser',
        target: esbuildTarget,
        minify: true,
        // linkedom's CSS parser is never used in the extension and holds an eval (see the stub).
        alias: { '@acemir/cssom': './src/platform/no-css-sheets.ts' },
        logLevel: 'warning',
      }),
    ),
  );
  writeFileSync(join(outdir, 'manifest.json'), JSON.stringify(manifestFor(outdir), null, 2) + '\n');
  writeZip(join(extensionRoot, `wiretrace-${name}.zip`), outdir);
}

/** The one manifest, with the package version; every file it names must be in the build. */
function manifestFor(outdir) {
  const manifest = JSON.parse(readFileSync('manifest.json', 'utf8'));
  manifest.version = JSON.parse(readFileSync('package.json', 'utf8')).version;
  const named = [
    ...Object.values(manifest.icons),
    ...Object.values(manifest.action.default_icon),
    manifest.action.default_popup,
    manifest.options_ui.page,
    manifest.background.service_worker,
    ...manifest.content_scripts.flatMap((script) => script.js),
    join('_locales', manifest.default_locale, 'messages.json'),
  ];
  const missing = named.filter((path) => !existsSync(join(outdir, path)));
  if (missing.length > 0) throw new Error(`build: the manifest names files the ${outdir} build lacks: ${missing.join(', ')}`);
  return manifest;
}

/** A minimal ZIP writer (deflate, no extras): store packages without depending on a zip binary. */
function writeZip(zipPath, dir) {
  const files = listFiles(dir).sort();
  const chunks = [];
  const central = [];
  let offset = 0;
  // Fixed DOS date (1980-01-01 00:00) so identical input gives byte-identical packages.
  const dosTime = 0;
  const dosDate = (0 << 9) | (1 << 5) | 1;
  for (const file of files) {
    const name = Buffer.from(relative(dir, file).split(sep).join('/'), 'utf8');
    const data = readFileSync(file);
    const compressed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(dosTime, 10);
    local.writeUInt16LE(dosDate, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    chunks.push(local, name, compressed);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4); // version made by
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt16LE(dosTime, 12);
    entry.writeUInt16LE(dosDate, 14);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(compressed.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    offset += local.length + name.length + compressed.length;
  }
  const centralSize = central.reduce((sum, b) => sum + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  writeFileSync(zipPath, Buffer.concat([...chunks, ...central, end]));
}

function listFiles(dir) {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}
