import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { decodeEntities } from '../lib/html-text.ts';
import { listBuiltFiles, siteBase } from './built-pages.ts';
import { createCardCache } from './card-cache.ts';
import { createCardPool } from './card-pool.ts';

/** Drawings in flight at once: enough to keep every worker busy, few enough to hold memory. */
const IN_FLIGHT = 32;

/**
 * Draws each page's link-preview image (1200×630 PNG) after the build: the title and kind come
 * from the page's own og:title and preview-card-kind metas, the file name from its og:image, so
 * a pasted link shows what it points to.
 *
 * Cards are kept in Astro's cache folder under a hash of what they draw (card-cache.ts), so a
 * rebuild only draws the cards whose page title or kind changed.
 */
export function ogImages(): { start: AstroIntegration; finish: AstroIntegration } {
	let base = '/';
	let cacheDir = '';
	let site = '';
	let drawing: Promise<void> = Promise.resolve();
	/*
	 * Astro runs build:done hooks one after another. The first hook only starts the drawing, so
	 * the link check and Pagefind (in its own process) run while the workers draw; the second,
	 * listed last, waits for it and fails the build if it failed.
	 */
	const start: AstroIntegration = {
		name: 'ml-stack-guide:og-images',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = siteBase(config.base);
				site = config.site ?? '';
				cacheDir = join(fileURLToPath(config.cacheDir), 'og-cards');
			},
			'astro:build:done': ({ dir, logger }) => {
				const log = logger.fork('og-images');
				// A deploy that forgets SITE_URL still builds, with previews no chat app can fetch.
				if (/^https?:\/\/(localhost|127\.0\.0\.1)(:|\/|$)/.test(site)) {
					log.warn(
						`link previews and canonical URLs point at ${site}: set SITE_URL when building for a host (README, "Deploy")`,
					);
				}
				drawing = drawCards(fileURLToPath(dir), base, cacheDir, log);
				// Handled here so Node does not report it before the closing hook rethrows it.
				drawing.catch(() => {});
			},
		},
	};
	const finish: AstroIntegration = {
		name: 'ml-stack-guide:og-images-done',
		hooks: {
			'astro:build:done': async () => {
				try {
					await drawing;
				} catch (cause) {
					const reason = cause instanceof Error ? cause.message : String(cause);
					throw new Error(`drawing the link-preview images failed: ${reason}`, { cause });
				}
			},
		},
	};
	return { start, finish };
}

async function drawCards(
	root: string,
	base: string,
	cacheDir: string,
	log: AstroIntegrationLogger,
) {
	const started = performance.now();
	const cache = createCardCache(cacheDir);
	const pool = createCardPool();
	/** Per card key: the card, once drawn or read, for every page that shows it. */
	const cards = new Map<string, Promise<Buffer>>();
	/** Per image file: the page that names it, so two pages cannot claim one file. */
	const owners = new Map<string, string>();
	/** Card files being written; at most IN_FLIGHT at once. */
	const writes = new Set<Promise<void>>();
	const folders = new Set<string>();
	let failure: unknown;
	let drawn = 0;
	let reused = 0;
	try {
		for (const entry of await listBuiltFiles(root, base)) {
			if (!entry.name.endsWith('.html')) continue;
			const html = readFileSync(entry.file, 'utf8');
			const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
			const title = /<meta property="og:title" content="([^"]*)"/.exec(html)?.[1];
			if (!image || title === undefined) continue;
			const kind = /<meta name="preview-card-kind" content="([^"]*)"/.exec(html)?.[1] ?? '';
			const path = decodeURIComponent(new URL(image).pathname);
			if (!path.startsWith(base)) throw new Error(`og:image ${image} lies outside ${base}`);
			const owner = owners.get(path);
			if (owner) throw new Error(`${owner} and ${entry.path} both use ${path} as their card`);
			owners.set(path, entry.path);
			const target = join(root, path.slice(base.length));
			if (!folders.has(dirname(target))) {
				mkdirSync(dirname(target), { recursive: true });
				folders.add(dirname(target));
			}
			const runs = pool.layout({ title: decodeEntities(title), kind: decodeEntities(kind) });
			const key = cache.key(runs);
			let card = cards.get(key);
			if (!card) {
				const stored = cache.read(key);
				if (stored) reused += 1;
				else drawn += 1;
				card = stored
					? Promise.resolve(stored)
					: pool.draw(runs).then((png) => {
							cache.write(key, png);
							return png;
						});
				cards.set(key, card);
			}
			const job: Promise<void> = card
				.then((png) => writeFileSync(target, png))
				.catch((error: unknown) => {
					failure ??= error;
				})
				.finally(() => writes.delete(job));
			writes.add(job);
			if (writes.size >= IN_FLIGHT) await Promise.race(writes);
			if (failure) break;
		}
		await Promise.all(writes);
	} finally {
		await pool.close();
	}
	if (failure) throw failure;
	const pruned = cache.prune();
	const seconds = ((performance.now() - started) / 1000).toFixed(2);
	log.info(
		`drew ${drawn} link-preview images on ${pool.threads || 'the main'} thread(s), reused ${reused} from the cache${pruned ? ` (and removed ${pruned} unused for a month)` : ''}, in ${seconds}s`,
	);
}
