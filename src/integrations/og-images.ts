import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { decodeEntities } from '../lib/html-text.ts';
import { listBuiltFiles, siteBase } from './built-pages.ts';
import { createCardPool } from './card-pool.ts';

const require = createRequire(import.meta.url);
/**
 * Part of every cache key: a new canvas release may draw differently. Bump ENCODER when the
 * mask or PNG code changes; changes to the layout or palette change the key by themselves.
 */
const CANVAS_VERSION: string = require('@napi-rs/canvas/package.json').version;
const ENCODER = 1;

/**
 * Draws each page's link-preview image (1200×630 PNG) after the build: the title and kind come
 * from the page's own og:title and preview-card-kind metas, the file name from its og:image, so
 * a pasted link shows what it points to.
 *
 * Cards are kept in Astro's cache folder under a hash of what they draw, so a rebuild only
 * draws the cards whose page title or kind changed.
 */
export function ogImages(): AstroIntegration {
	let base = '/';
	let cacheDir = '';
	return {
		name: 'ml-stack-guide:og-images',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = siteBase(config.base);
				cacheDir = join(fileURLToPath(config.cacheDir), 'og-cards');
			},
			'astro:build:done': async ({ dir, logger }) => {
				const log = logger.fork('og-images');
				const started = performance.now();
				const root = fileURLToPath(dir);
				const pool = createCardPool();
				const drawing = new Set<Promise<void>>();
				/** Per card key: settles once that card is in the cache folder. */
				const stores = new Map<string, Promise<void>>();
				let failure: unknown;
				mkdirSync(cacheDir, { recursive: true });
				const cachedCards = new Set(readdirSync(cacheDir));
				const folders = new Set<string>();
				let drawn = 0;
				let reused = 0;
				for (const entry of await listBuiltFiles(root, base)) {
					if (!entry.name.endsWith('.html')) continue;
					const html = readFileSync(entry.file, 'utf8');
					const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
					const title = /<meta property="og:title" content="([^"]*)"/.exec(html)?.[1];
					if (!image || title === undefined) continue;
					const kind = /<meta name="preview-card-kind" content="([^"]*)"/.exec(html)?.[1] ?? '';
					const path = decodeURIComponent(new URL(image).pathname);
					if (!path.startsWith(base)) throw new Error(`og:image ${image} lies outside ${base}`);
					const target = join(root, path.slice(base.length));
					if (!folders.has(dirname(target))) {
						mkdirSync(dirname(target), { recursive: true });
						folders.add(dirname(target));
					}
					const runs = pool.layout({
						title: decodeEntities(title),
						kind: decodeEntities(kind),
					});
					const key = createHash('sha256')
						.update(JSON.stringify({ runs, canvas: CANVAS_VERSION, encoder: ENCODER }))
						.digest('hex');
					const cached = join(cacheDir, `${key}.png`);
					// Pages can share a card (same title and kind): it is drawn once, then copied.
					let stored = stores.get(key);
					if (stored) reused += 1;
					else {
						stored = cachedCards.has(`${key}.png`)
							? Promise.resolve()
							: pool.draw(runs).then((png) => writeFile(cached, png));
						stores.set(key, stored);
						if (cachedCards.has(`${key}.png`)) reused += 1;
						else drawn += 1;
					}
					const job: Promise<void> = stored
						.then(() => copyFileSync(cached, target))
						.catch((error: unknown) => {
							failure ??= error;
						})
						.finally(() => drawing.delete(job));
					drawing.add(job);
					// Enough queued to keep every worker busy, few enough to keep memory flat.
					if (drawing.size >= 32) await Promise.race(drawing);
					if (failure) break;
				}
				await Promise.all(drawing);
				await pool.close();
				if (failure) throw failure;
				const seconds = ((performance.now() - started) / 1000).toFixed(2);
				log.info(
					`drew ${drawn} link-preview images on ${pool.threads || 'the main'} thread(s), reused ${reused} from the cache, in ${seconds}s`,
				);
			},
		},
	};
}
