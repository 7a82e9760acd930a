import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { TextRun } from '../lib/og-card.ts';
import { createCardRenderer } from './card-renderer.ts';

/**
 * How many cards a worker draws before it is replaced. @napi-rs/canvas 1.2 keeps the memory of
 * every pixel read-back (about 1.5 MB a card) until its thread ends, garbage collection or not
 * (Brooooooklyn/canvas issue 819, open); a fresh worker every hundred cards held 2,000 cards
 * to a 770 MB peak instead of 2.4 GB.
 */
const CARDS_PER_WORKER = 100;

interface Slot {
	worker: Worker;
	posted: number;
	outstanding: number;
	retiring: boolean;
}

/**
 * Draws cards on worker threads, one per core, so a big build uses every core for them and
 * their garbage stays out of the build's own large heap.
 *
 * Limitation: the workers load card-worker.ts directly, which needs Node's own TypeScript
 * support (on by default in every Node that Astro 7.4 accepts). Where it is turned off
 * (--no-experimental-strip-types), cards are drawn on the main thread, one at a time, with the
 * same result, and the memory the canvas keeps per card (see CARDS_PER_WORKER) stays until the
 * build ends.
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
		return { layout, draw: async (runs) => local.draw(runs), close: async () => {}, threads: 0 };
	}
	const pending = new Map<
		number,
		{ resolve: (png: Buffer) => void; reject: (error: unknown) => void }
	>();
	const stopping = new Set<Promise<number>>();
	let broken: unknown;
	let closing = false;
	/** A worker that fails fails every card still waiting, and every card asked for later. */
	const fail = (error: unknown) => {
		broken ??= error;
		for (const job of pending.values()) job.reject(broken);
		pending.clear();
	};
	const stop = (slot: Slot) => {
		const stopped = slot.worker.terminate();
		stopping.add(stopped);
		void stopped.finally(() => stopping.delete(stopped));
	};
	const start = (): Slot => {
		const worker = new Worker(new URL('./card-worker.ts', import.meta.url));
		const slot: Slot = { worker, posted: 0, outstanding: 0, retiring: false };
		worker.on('message', (result: { id: number; png: Uint8Array }) => {
			pending.get(result.id)?.resolve(Buffer.from(result.png));
			pending.delete(result.id);
			slot.outstanding -= 1;
			if (slot.retiring && slot.outstanding === 0) stop(slot);
		});
		worker.on('error', fail);
		worker.on('exit', (code) => {
			if (!closing && !slot.retiring) {
				fail(new Error(`a link-preview card worker stopped (exit code ${code})`));
			}
		});
		return slot;
	};
	// Started on the first card to draw, so a build whose cards are all cached starts none.
	const threads = Math.max(1, availableParallelism());
	const slots: (Slot | undefined)[] = [];
	let next = 0;
	return {
		layout,
		threads,
		draw: (runs) =>
			new Promise((resolve, reject) => {
				if (broken) return reject(broken);
				const id = next;
				next += 1;
				let slot = slots[id % threads];
				if (!slot || slot.posted >= CARDS_PER_WORKER) {
					if (slot) {
						slot.retiring = true;
						if (slot.outstanding === 0) stop(slot);
					}
					slot = start();
					slots[id % threads] = slot;
				}
				pending.set(id, { resolve, reject });
				slot.posted += 1;
				slot.outstanding += 1;
				slot.worker.postMessage({ id, runs });
			}),
		close: async () => {
			closing = true;
			for (const slot of slots) if (slot && !slot.retiring) stop(slot);
			await Promise.all(stopping);
		},
	};
}
