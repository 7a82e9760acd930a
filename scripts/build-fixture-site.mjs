#!/usr/bin/env node
// Builds the site from content/ with one fixture site (tests/fixtures/sites/<name>/) laid over
// it, into dist-fixture-<name>/, for the Playwright project that tests that fixture.
//
//   node scripts/build-fixture-site.mjs headings
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const name = process.argv[2];
if (!name) {
	console.error('usage: node scripts/build-fixture-site.mjs <fixture name>');
	process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), `msg-site-${name}-`));
const content = join(work, 'content');
cpSync('content', content, { recursive: true });
cpSync(join('tests/fixtures/sites', name), content, { recursive: true });
const result = spawnSync('npx', ['astro', 'build'], {
	stdio: 'inherit',
	env: {
		...process.env,
		CONTENT_DIR: content,
		OUT_DIR: resolve(`dist-fixture-${name}`),
		ASTRO_CACHE_DIR: join(work, 'cache'),
	},
});
rmSync(work, { recursive: true, force: true });
process.exit(result.status ?? 1);
