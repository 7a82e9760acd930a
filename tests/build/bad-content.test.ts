import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Expectation {
	file?: string;
	field?: string;
	message?: string;
	builds?: boolean;
	warning?: string;
	page?: string;
	pageText?: string;
}

const fixtures = 'tests/fixtures';

/** Builds the site from a copy of content/ with one fixture laid over it. */
function buildWithFixture(name: string) {
	const work = mkdtempSync(join(tmpdir(), `msg-fixture-${name}-`));
	const content = join(work, 'content');
	cpSync('content', content, { recursive: true });
	cpSync(join(fixtures, name), content, {
		recursive: true,
		filter: (source) => !source.endsWith('expect.json'),
	});
	const result = spawnSync('npx', ['astro', 'build'], {
		encoding: 'utf8',
		env: {
			...process.env,
			CONTENT_DIR: content,
			OUT_DIR: join(work, 'dist'),
			ASTRO_CACHE_DIR: join(work, 'cache'),
			NO_COLOR: '1',
			FORCE_COLOR: '0',
		},
	});
	return { work, status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

for (const name of readdirSync(fixtures).filter((entry) =>
	existsSync(join(fixtures, entry, 'expect.json')),
)) {
	const expected = JSON.parse(
		readFileSync(join(fixtures, name, 'expect.json'), 'utf8'),
	) as Expectation;
	test(`fixture ${name}: ${expected.builds ? 'builds with a warning' : `fails naming ${expected.file} and ${expected.field}`}`, () => {
		const { work, status, output } = buildWithFixture(name);
		try {
			const plain = output.replace(/\*\*/g, '');
			if (expected.builds) {
				assert.equal(status, 0, plain.slice(-2000));
				assert.ok(plain.includes(expected.warning ?? ''), `no warning about ${expected.warning}`);
				const page = readFileSync(join(work, 'dist', expected.page ?? ''), 'utf8');
				assert.ok(page.includes(expected.pageText ?? ''), `the page lacks "${expected.pageText}"`);
				return;
			}
			assert.notEqual(status, 0, 'the build should have failed');
			const line = plain
				.split('\n')
				.find((text) => text.includes(expected.file ?? '') && text.includes(expected.field ?? ''));
			const mentions =
				plain.includes(expected.file ?? '') &&
				new RegExp(`\\b${(expected.field ?? '').replace(/[.[\]]/g, '\\$&')}\\b`).test(plain);
			assert.ok(
				line || mentions,
				`output does not name ${expected.file} and ${expected.field}:\n${plain.slice(-2500)}`,
			);
			assert.ok(
				plain.includes(expected.message ?? ''),
				`output lacks "${expected.message}":\n${plain.slice(-2500)}`,
			);
		} finally {
			rmSync(work, { recursive: true, force: true });
		}
	});
}
