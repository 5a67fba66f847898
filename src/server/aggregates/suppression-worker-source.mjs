// The suppression worker as the pool starts it from the TypeScript sources (tsx, Vitest): the
// worker thread is a fresh Node isolate without the parent's loader, so it loads tsx itself.
// The compiled server (scripts/build-server.mjs) starts dist-server/server/suppression-worker.js
// instead and never loads tsx.
import { tsImport } from 'tsx/esm/api';

const worker = await tsImport('./suppression-worker.ts', import.meta.url);

export default worker.default;
