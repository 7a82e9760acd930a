import { test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'astro/zod';
import { createToolSchema } from '../../src/schemas/tool.ts';

const ref = z.string().transform((id) => ({ id }));
const schema = createToolSchema({ layer: ref, tool: ref });

const valid = {
	name: 'Example',
	layer: 'serving',
	summary: 'An example tool used to test the schema rules.',
	licence: { id: 'Apache-2.0', kind: 'open-source' },
	owner: 'Example Foundation',
	hosting: ['self-hosted'],
	languages: ['Python'],
	website: 'https://example.org',
	status: { state: 'active', note: 'Maintained and released often.' },
	reviewed: '2026-01-15',
	sources: [{ title: 'Release notes', url: 'https://example.org/releases' }],
	strengths: ['one', 'two'],
	tradeoffs: ['one', 'two'],
	fit: { teams: ['python'], scale: ['under-10k'] },
};

test('accepts a complete tool', () => {
	const parsed = schema.parse(valid);
	assert.deepEqual(parsed.layer, { id: 'serving' });
	assert.deepEqual(parsed.alternatives, []);
});

test('names the missing field', () => {
	const { owner: _owner, ...withoutOwner } = valid;
	const result = schema.safeParse(withoutOwner);
	assert.equal(result.success, false);
	assert.deepEqual(result.error?.issues[0]?.path, ['owner']);
});

test('refuses to call a source-available licence open source', () => {
	const result = schema.safeParse({ ...valid, licence: { id: 'BUSL-1.1', kind: 'open-source' } });
	assert.equal(result.success, false);
	assert.deepEqual(result.error?.issues[0]?.path, ['licence', 'kind']);
	assert.match(String(result.error?.issues[0]?.message), /source-available/);
	const fixed = schema.safeParse({
		...valid,
		licence: { id: 'BUSL-1.1', kind: 'source-available' },
	});
	assert.equal(fixed.success, true);
});

test('refuses unknown status values and plain-http sources', () => {
	assert.equal(
		schema.safeParse({ ...valid, status: { state: 'thriving', note: 'x'.repeat(12) } }).success,
		false,
	);
	const http = schema.safeParse({
		...valid,
		sources: [{ title: 'Old', url: 'http://example.org' }],
	});
	assert.equal(http.success, false);
	assert.deepEqual(http.error?.issues[0]?.path, ['sources', 0, 'url']);
});

test('requires at least one source', () => {
	const result = schema.safeParse({ ...valid, sources: [] });
	assert.equal(result.success, false);
	assert.deepEqual(result.error?.issues[0]?.path, ['sources']);
});

test('refuses misspelt keys, repeated list entries and blank text', () => {
	const misspelt = schema.safeParse({ ...valid, secondlayer: 'monitoring' });
	assert.equal(misspelt.success, false);
	assert.match(JSON.stringify(misspelt.error?.issues), /secondlayer/);
	const twice = schema.safeParse({ ...valid, hosting: ['self-hosted', 'self-hosted'] });
	assert.deepEqual(twice.error?.issues[0]?.path, ['hosting']);
	const blank = schema.safeParse({ ...valid, owner: '   ' });
	assert.deepEqual(blank.error?.issues[0]?.path, ['owner']);
});

test('history dates may be a month, never a future day', () => {
	const source = 'https://github.com/bytewax/bytewax/issues/560';
	assert.equal(
		schema.safeParse({
			...valid,
			history: [{ date: '2025-05', change: 'Company wound down.', source }],
		}).success,
		true,
	);
	const future = schema.safeParse({
		...valid,
		history: [{ date: '2031-05-01', change: 'Something later.', source }],
	});
	assert.deepEqual(future.error?.issues[0]?.path, ['history', 0, 'date']);
	const bad = schema.safeParse({
		...valid,
		history: [{ date: '2025-13', change: 'Not a month.', source }],
	});
	assert.equal(bad.success, false);
});

test('a status change without a source is refused', () => {
	const unsourced = schema.safeParse({
		...valid,
		history: [{ date: '2025-05', change: 'Company wound down.' }],
	});
	assert.deepEqual(unsourced.error?.issues[0]?.path, ['history', 0, 'source']);
});
