import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { decodeEntities } from '../lib/html-text.ts';
import { listBuiltFiles, siteBase } from './built-pages.ts';
import { createCardRenderer } from './card-renderer.ts';

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
				const renderer = createCardRenderer();
				await mkdir(cacheDir, { recursive: true });
				const cachedCards = new Set(await readdir(cacheDir));
				const folders = new Set<string>();
				let drawn = 0;
				let reused = 0;
				for (const entry of await listBuiltFiles(root, base)) {
					if (!entry.name.endsWith('.html')) continue;
					const html = await readFile(entry.file, 'utf8');
					const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
					const title = /<meta property="og:title" content="([^"]*)"/.exec(html)?.[1];
					if (!image || title === undefined) continue;
					const kind = /<meta name="preview-card-kind" content="([^"]*)"/.exec(html)?.[1] ?? '';
					const path = decodeURIComponent(new URL(image).pathname);
					if (!path.startsWith(base)) throw new Error(`og:image ${image} lies outside ${base}`);
					const target = join(root, path.slice(base.length));
					if (!folders.has(dirname(target))) {
						await mkdir(dirname(target), { recursive: true });
						folders.add(dirname(target));
					}
					const runs = renderer.layout({
						title: decodeEntities(title),
						kind: decodeEntities(kind),
					});
					const key = createHash('sha256')
						.update(JSON.stringify({ runs, canvas: CANVAS_VERSION, encoder: ENCODER }))
						.digest('hex');
					const cached = join(cacheDir, `${key}.png`);
					if (cachedCards.has(`${key}.png`)) {
						await copyFile(cached, target);
						reused += 1;
						continue;
					}
					const png = renderer.draw(runs);
					await writeFile(target, png);
					await writeFile(cached, png);
					cachedCards.add(`${key}.png`);
					drawn += 1;
				}
				const seconds = ((performance.now() - started) / 1000).toFixed(2);
				log.info(
					`drew ${drawn} link-preview images, reused ${reused} from the cache, in ${seconds}s`,
				);
			},
		},
	};
}
