// `npm start`: runs the demo bundled by build.mjs (source: scripts/demo.ts).
await import('../dist/tools/demo.mjs');
