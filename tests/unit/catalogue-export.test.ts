import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvField, toCsv, type ExportedTool } from '../../src/lib/catalogue-export.ts';

test('leaves plain fields alone', () => {
	assert.equal(csvField('Feast'), 'Feast');
});

test('quotes commas, quotes and line breaks', () => {
	assert.equal(csvField('Go, Python'), '"Go, Python"');
	assert.equal(csvField('the "enterprise" choice'), '"the ""enterprise"" choice"');
	assert.equal(csvField('line one\nline two'), '"line one\nline two"');
	assert.equal(csvField('a\r\nb'), '"a\r\nb"');
});

test('defuses spreadsheet formulas', () => {
	assert.equal(csvField('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
	assert.equal(csvField('-1'), "'-1");
});

test('writes one header and one row per tool with lists joined', () => {
	const tool: ExportedTool = {
		id: 'feast',
		name: 'Feast',
		url: 'https://x/tools/feast/',
		layers: ['features'],
		summary: 'A store, for features',
		licence: 'Apache-2.0',
		licenceKind: 'open-source',
		owner: 'LF AI & Data',
		hosting: ['self-hosted', 'library'],
		languages: ['Python'],
		status: 'active',
		statusNote: 'Fine.',
		statusReported: false,
		reviewed: '2026-12-04',
		website: 'https://feast.dev',
		repository: null,
		teams: ['python'],
		scale: ['under-10k'],
		sources: [],
	};
	const lines = toCsv([tool]).split('\r\n');
	assert.equal(lines.length, 3);
	assert.match(lines[0] ?? '', /^id,name,url,layers,/);
	assert.match(lines[1] ?? '', /^feast,Feast,https:\/\/x\/tools\/feast\/,features,Apache-2.0,/);
	assert.match(lines[1] ?? '', /self-hosted; library/);
	assert.match(lines[1] ?? '', /"A store, for features",false$/);
	assert.match(lines[0] ?? '', /,summary,statusReported$/);
});
