import { availableParallelism } from 'node:os';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import type { TextRun } from '../lib/og-card.ts';
import { createCardRenderer } from './card-renderer.ts';

/**
 * Draws cards on worker threads, one per core, so a big build uses every core for them and
 * their garbage stays out of the build's own large heap. Each worker lives for the whole build;
 * card-worker.ts says how it keeps its memory flat.
 *
 * Limitation: the workers load card-worker.ts directly, which needs Node's own TypeScript
 * support (on by default in every Node that Astro 7.4 accepts). Where it is turned off
 * (--no-experimental-strip-types), cards are drawn on the main thread, one at a time and one
 * per turn of the event loop (see card-worker.ts), with the same result, more slowly, and
 * while nothing else of the build runs.
 */
export function createCardPool(): {
	layout: (card: { title: string; kind: string }) => TextRun[];
	draw: (runs: TextRun[]) => Promise<Buffer>;
	close: () => Promise<void>;
	threads: number;
} {
	const local = createCardRenderer();
	const layout = local.layout;
	if (!process.features.typescript) {
		const draw = async (runs: TextRun[]) => {
			await nextTurn();
			return local.draw(runs);
		};
		return { layout, draw, close: async () => {}, threads: 0 };
	}
	const pending = new Map<
		number,
		{ resolve: (png: Buffer) => void; reject: (error: unknown) => void }
	>();
	let broken: unknown;
	let closing = false;
	/** A worker that fails fails every card still waiting, and every card asked for later. */
	const fail = (error: unknown) => {
		broken ??= error;
		for (const job of pending.values()) job.reject(broken);
		pending.clear();
	};
	const start = (): Worker => {
		const worker = new Worker(new URL('./card-worker.ts', import.meta.url));
		worker.on('message', (result: { id: number; png: Uint8Array }) => {
			pending.get(result.id)?.resolve(Buffer.from(result.png));
			pending.delete(result.id);
		});
		worker.on('error', fail);
		worker.on('exit', (code) => {
			if (!closing) fail(new Error(`a link-preview card worker stopped (exit code ${code})`));
		});
		return worker;
	};
	// Started on the first card to draw, so a build whose cards are all cached starts none.
	const threads = Math.max(1, availableParallelism());
	const workers: Worker[] = [];
	let next = 0;
	return {
		layout,
		threads,
		draw: (runs) =>
			new Promise((resolve, reject) => {
				if (broken) return reject(broken);
				const id = next;
				next += 1;
				const worker = (workers[id % threads] ??= start());
				pending.set(id, { resolve, reject });
				worker.postMessage({ id, runs });
			}),
		close: async () => {
			closing = true;
			await Promise.all(workers.map((worker) => worker.terminate()));
		},
	};
}
