import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { ogImages } from '../../src/integrations/og-images.ts';
import { isCompletePng } from '../../src/lib/png-indexed.ts';

const quiet = {
	fork: () => quiet,
	info: () => {},
	warn: () => {},
	error: () => {},
	debug: () => {},
} as unknown as AstroIntegrationLogger;

const page = (title: string, image: string) =>
	`<!DOCTYPE html><html><head><meta property="og:title" content="${title}">` +
	`<meta property="og:image" content="https://guide.example/og/${image}.png"></head>` +
	`<body><h1>${title}</h1></body></html>`;

type Hook = (options: object) => Promise<void> | void;

/**
 * Runs the first og-images hook on a folder of pages, as a build would; returns the closing
 * hook, still to run, and the folder.
 */
async function build(pages: Record<string, string>) {
	const root = mkdtempSync(join(tmpdir(), 'og-images-'));
	for (const [path, html] of Object.entries(pages)) {
		mkdirSync(join(root, 'site', path), { recursive: true });
		writeFileSync(join(root, 'site', path, 'index.html'), html);
	}
	const { start, finish } = ogImages();
	const dir = pathToFileURL(join(root, 'site/'));
	await (start.hooks['astro:config:done'] as Hook)({
		config: { base: '/', cacheDir: pathToFileURL(join(root, 'cache/')), site: 'https://a.example' },
	});
	await (start.hooks['astro:build:done'] as Hook)({ dir, logger: quiet });
	const finished = async () => (finish.hooks['astro:build:done'] as Hook)({ dir, logger: quiet });
	return { finished, root };
}

test(
	'the first hook returns before the cards are drawn; the closing one waits for them',
	{ timeout: 30_000 },
	async () => {
		const { finished, root } = await build({ 'tools/feast': page('Feast', 'tools-feast') });
		try {
			assert.equal(existsSync(join(root, 'site/og/tools-feast.png')), false);
			await finished();
			assert.ok(isCompletePng(readFileSync(join(root, 'site/og/tools-feast.png'))));
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	},
);

test(
	'a drawing that fails fails the closing hook, which says what failed',
	{ timeout: 30_000 },
	async () => {
		const { finished, root } = await build({
			'tools/feast': page('Feast', 'shared'),
			'tools/tecton': page('Tecton', 'shared'),
		});
		try {
			await assert.rejects(
				finished(),
				/drawing the link-preview images failed: .*both use \/og\/shared\.png as their card/,
			);
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	},
);
