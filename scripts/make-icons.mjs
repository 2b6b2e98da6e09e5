#!/usr/bin/env node
// Draws the toolbar icon (a wire with three story lines branching off it) at 16/32/48/128 px and writes
// extension/icons/icon-<size>.png. Shapes are signed-distance functions sampled 4x4 per pixel for smooth edges,
// so every size is drawn, not scaled. Run: node scripts/make-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const sizes = [16, 32, 48, 128];
const blue = [28, 95, 196];
const white = [255, 255, 255];
const amber = [255, 180, 84];
const samples = 4;

// Coordinates are in a unit square; each shape returns a signed distance (negative inside).
const roundedBox = (cx, cy, hw, hh, r) => (x, y) => {
  const qx = Math.abs(x - cx) - hw + r;
  const qy = Math.abs(y - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const circle = (cx, cy, r) => (x, y) => Math.hypot(x - cx, y - cy) - r;
const union = (...shapes) => (x, y) => Math.min(...shapes.map((s) => s(x, y)));

const rows = [0.3, 0.5, 0.7];
const layers = [
  { color: blue, shape: roundedBox(0.5, 0.5, 0.5, 0.5, 0.22) },
  {
    color: white,
    shape: union(
      roundedBox(0.28, 0.5, 0.04, 0.22, 0.04),
      ...rows.map((y, i) => roundedBox(i === 1 ? 0.55 : 0.6, y, i === 1 ? 0.15 : 0.2, 0.045, 0.045)),
      ...rows.slice(1).map((y) => circle(0.28, y, 0.085)),
    ),
  },
  { color: amber, shape: circle(0.28, rows[0], 0.1) },
];

function draw(size) {
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (const { color, shape } of layers) {
        let cover = 0;
        for (let sy = 0; sy < samples; sy++) {
          for (let sx = 0; sx < samples; sx++) {
            if (shape((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size) < 0) cover++;
          }
        }
        const alpha = cover / (samples * samples);
        // "Over" compositing in straight (non-premultiplied) alpha.
        const outA = alpha + a * (1 - alpha);
        if (outA > 0) {
          r = (color[0] * alpha + r * a * (1 - alpha)) / outA;
          g = (color[1] * alpha + g * a * (1 - alpha)) / outA;
          b = (color[2] * alpha + b * a * (1 - alpha)) / outA;
        }
        a = outA;
      }
      pixels.set([r, g, b, a * 255].map(Math.round), (py * size + px) * 4);
    }
  }
  return pixels;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, deflate, no filter method variants, no interlace
  // Each scanline starts with filter type 0 (none).
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const outDir = new URL('../extension/icons/', import.meta.url);
mkdirSync(outDir, { recursive: true });
for (const size of sizes) {
  writeFileSync(new URL(`icon-${size}.png`, outDir), png(size, draw(size)));
  console.log(`extension/icons/icon-${size}.png`);
}
