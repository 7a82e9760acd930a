import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { Resvg } from '@resvg/resvg-js';
import { cardSvg } from '../lib/og-card.ts';
import { decodeEntities } from '../lib/html-text.ts';
import { listBuiltFiles, siteBase } from './built-pages.ts';

const require = createRequire(import.meta.url);
/** DejaVu ships with the project (dejavu-fonts-ttf), so cards look the same on every machine. */
const fonts = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((file) =>
	require.resolve(`dejavu-fonts-ttf/ttf/${file}`),
);

/**
 * Draws each page's link-preview image (1200×630 PNG) after the build: the title and kind come
 * from the page's own og:title and preview-card-kind metas, the file name from its og:image, so
 * a pasted link shows what it points to.
 */
export function ogImages(): AstroIntegration {
	let base = '/';
	return {
		name: 'ml-stack-guide:og-images',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = siteBase(config.base);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const log = logger.fork('og-images');
				const started = performance.now();
				const root = fileURLToPath(dir);
				let drawn = 0;
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
					const svg = cardSvg({ title: decodeEntities(title), kind: decodeEntities(kind) });
					const png = new Resvg(svg, {
						font: { fontFiles: fonts, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
					})
						.render()
						.asPng();
					await mkdir(dirname(target), { recursive: true });
					await writeFile(target, png);
					drawn += 1;
				}
				const seconds = ((performance.now() - started) / 1000).toFixed(2);
				log.info(`drew ${drawn} link-preview images in ${seconds}s`);
			},
		},
	};
}
