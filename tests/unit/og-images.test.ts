import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { ogImages } from '../../src/integrations/og-images.ts';
import { siteCheck } from '../../src/integrations/site-check.ts';
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

/** Runs the og-images hooks on a folder of pages; returns the integration and the folder. */
async function build(pages: Record<string, string>) {
	const root = mkdtempSync(join(tmpdir(), 'og-images-'));
	for (const [path, html] of Object.entries(pages)) {
		mkdirSync(join(root, 'site', path), { recursive: true });
		writeFileSync(join(root, 'site', path, 'index.html'), html);
	}
	const cards = ogImages();
	const hooks = cards.hooks as Record<string, (options: object) => unknown>;
	await hooks['astro:config:done']?.({
		config: { base: '/', cacheDir: pathToFileURL(join(root, 'cache/')) },
	});
	await hooks['astro:build:done']?.({ dir: pathToFileURL(join(root, 'site/')), logger: quiet });
	return { cards, root };
}

test(
	'the hook returns before the cards are drawn; drawn() settles once they are on disk',
	{ timeout: 30_000 },
	async () => {
		const { cards, root } = await build({ 'tools/feast': page('Feast', 'tools-feast') });
		try {
			assert.equal(existsSync(join(root, 'site/og/tools-feast.png')), false);
			await cards.drawn();
			assert.ok(isCompletePng(readFileSync(join(root, 'site/og/tools-feast.png'))));
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	},
);

test(
	'a drawing that fails fails drawn(), and the site check that waits for it',
	{ timeout: 30_000 },
	async () => {
		const { cards, root } = await build({
			'tools/feast': page('Feast', 'shared'),
			'tools/tecton': page('Tecton', 'shared'),
		});
		try {
			await assert.rejects(cards.drawn(), /both use \/og\/shared\.png as their card/);
			const check = siteCheck({ waitFor: [cards.drawn] });
			const done = check.hooks['astro:build:done'] as (options: object) => Promise<void>;
			await assert.rejects(
				done({ dir: pathToFileURL(join(root, 'site/')), logger: quiet }),
				/both use/,
			);
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	},
);
