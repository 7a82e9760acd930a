import { createHash } from 'node:crypto';
import {
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	statSync,
	utimesSync,
	writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { TextRun } from '../lib/og-card.ts';
import { isCompletePng } from '../lib/png-indexed.ts';

const require = createRequire(import.meta.url);

/**
 * Everything besides a card's own text that decides its pixels: the code that lays out, masks
 * and encodes it, the fonts and the canvas release. Any change to one of them changes every
 * key, so no card drawn the old way is reused.
 */
function rendererFingerprint(): string {
	const hash = createHash('sha256');
	for (const source of ['../lib/og-card.ts', '../lib/png-indexed.ts', './card-renderer.ts']) {
		hash.update(readFileSync(new URL(source, import.meta.url)));
	}
	for (const font of ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf']) {
		hash.update(readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${font}`)));
	}
	hash.update(String(require('@napi-rs/canvas/package.json').version));
	return hash.digest('hex');
}

/** Cards unused for this long are removed, so the folder does not grow with every edit. */
const KEEP_UNUSED_DAYS = 30;

/**
 * Link-preview cards kept between builds in Astro's cache folder, one PNG per key. A card is
 * written under a temporary name and renamed, and read back only when it is a whole PNG, so a
 * build stopped halfway never leaves a broken card to be reused.
 */
export function createCardCache(folder: string) {
	mkdirSync(folder, { recursive: true });
	const renderer = rendererFingerprint();
	return {
		key: (runs: TextRun[]): string =>
			createHash('sha256').update(renderer).update(JSON.stringify(runs)).digest('hex'),
		/** The stored card, or undefined when there is none or it is incomplete. */
		read(key: string): Buffer | undefined {
			const file = join(folder, `${key}.png`);
			try {
				const png = readFileSync(file);
				if (!isCompletePng(png)) return undefined;
				const now = new Date();
				utimesSync(file, now, now);
				return png;
			} catch {
				return undefined;
			}
		},
		write(key: string, png: Buffer): void {
			const file = join(folder, `${key}.png`);
			const partial = `${file}.${process.pid}.partial`;
			writeFileSync(partial, png);
			renameSync(partial, file);
		},
		/** Removes cards (and leftovers of interrupted writes) unused for KEEP_UNUSED_DAYS. */
		prune(): number {
			const limit = Date.now() - KEEP_UNUSED_DAYS * 24 * 60 * 60 * 1000;
			let removed = 0;
			for (const name of readdirSync(folder)) {
				const file = join(folder, name);
				if (statSync(file).mtimeMs < limit) {
					rmSync(file, { force: true });
					removed += 1;
				}
			}
			return removed;
		},
	};
}
