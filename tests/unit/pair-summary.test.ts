import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExportedTool } from '../../src/lib/catalogue-export.ts';
import { joinOr, summarisePair } from '../../src/lib/pair-summary.ts';
import { factRows } from '../../src/lib/fact-rows.ts';

const tool = (id: string, overrides: Partial<ExportedTool> = {}): ExportedTool => ({
	id,
	name: id.toUpperCase(),
	url: `/tools/${id}/`,
	layers: ['serving'],
	summary: 's',
	licence: 'Apache-2.0',
	licenceKind: 'open-source',
	owner: 'o',
	hosting: ['self-hosted', 'managed'],
	languages: ['Python'],
	status: 'active',
	statusNote: 'n',
	statusReported: false,
	reviewed: '2026-12-04',
	website: 'https://x',
	repository: null,
	teams: ['python'],
	scale: ['under-10k'],
	sources: [],
	...overrides,
});

test('joins lists readably', () => {
	assert.equal(joinOr(['a']), 'a');
	assert.equal(joinOr(['a', 'b']), 'a or b');
	assert.equal(joinOr(['a', 'b', 'c']), 'a, b or c');
});

test('the summary states licence and hosting in plain words', () => {
	const summary = summarisePair(
		tool('a'),
		tool('b', { licence: 'proprietary', licenceKind: 'proprietary', hosting: ['managed'] }),
		{},
	);
	assert.match(
		summary.summary,
		/^A is open source \(Apache-2\.0\) and runs self-hosted or as a managed service; B is proprietary and runs as a managed service\./,
	);
});

test('never recommends an archived tool for new work', () => {
	const summary = summarisePair(tool('old', { status: 'archived' }), tool('new'), {});
	assert.match(
		summary.choose['old'] ?? '',
		/^Only to keep an existing OLD deployment running: its status is archived/,
	);
	assert.match(summary.choose['new'] ?? '', /^Choose NEW when/);
});

test('a reported status stays marked as reported in the summary', () => {
	const summary = summarisePair(
		tool('old', { status: 'hosted-discontinued', statusReported: true }),
		tool('new'),
		{},
	);
	assert.match(
		summary.choose['old'] ?? '',
		/its status is hosted service discontinued \(reported\)/,
	);
});

test('mentions the team fit and licence only when they differ', () => {
	const summary = summarisePair(
		tool('a', { teams: ['kubernetes', 'python'] }),
		tool('b', { licenceKind: 'source-available', licence: 'BUSL-1.1' }),
		{},
	);
	assert.match(
		summary.choose['a'] ?? '',
		/It suits Kubernetes experts best\. Its licence is open source\./,
	);
	assert.doesNotMatch(summary.choose['b'] ?? '', /suits/);
});

test('the licence row names a proprietary licence once', () => {
	const rows = factRows(
		[tool('a'), tool('b', { licence: 'proprietary', licenceKind: 'proprietary' })],
		{ serving: 'Serving' },
	);
	const licence = rows.find((row) => row.label === 'Licence');
	assert.deepEqual(licence?.values, ['Apache-2.0 (Open source)', 'Proprietary']);
});

test('the reviewed row reads as a date, as on the tool pages', () => {
	const rows = factRows([tool('a', { reviewed: '2026-12-04' }), tool('b')], {});
	assert.equal(rows.find((row) => row.label === 'Reviewed')?.values[0], '4 December 2026');
});
