import { parentPort } from 'node:worker_threads';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { TextRun } from '../lib/og-card.ts';
import { createCardRenderer } from './card-renderer.ts';

/** Draws cards off the build's main thread; see card-pool.ts. */
const renderer = createCardRenderer();
const queue: { id: number; runs: TextRun[] }[] = [];
let draining = false;

/**
 * One card per turn of the event loop. @napi-rs/canvas 1.2 frees the pixels a read-back copied
 * only on a later turn (Brooooooklyn/canvas issue 819): a worker that drew the cards waiting for
 * it back to back held every read-back, and 2,000 cards on two workers peaked at 2.9 GB of
 * memory instead of 0.4 GB, and drew more slowly.
 */
async function drain() {
	draining = true;
	for (let job = queue.shift(); job; job = queue.shift()) {
		parentPort?.postMessage({ id: job.id, png: renderer.draw(job.runs) });
		await nextTurn();
	}
	draining = false;
}

parentPort?.on('message', (job: { id: number; runs: TextRun[] }) => {
	queue.push(job);
	if (!draining) void drain();
});
