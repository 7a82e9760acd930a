import { parentPort } from 'node:worker_threads';
import type { TextRun } from '../lib/og-card.ts';
import { createCardRenderer } from './card-renderer.ts';

/** Draws cards off the build's main thread; see card-pool.ts. */
const renderer = createCardRenderer();
parentPort?.on('message', (job: { id: number; runs: TextRun[] }) => {
	parentPort?.postMessage({ id: job.id, png: renderer.draw(job.runs) });
});
