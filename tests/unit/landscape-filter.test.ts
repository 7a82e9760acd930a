import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
	passesFilter,
	readLandscapeFilter,
	writeLandscapeFilter,
} from '../../src/lib/landscape-filter.ts';

test('reads known licence and hosting values', () => {
	const filter = readLandscapeFilter('?licence=open-source&hosting=managed');
	assert.equal(filter.licence, 'open-source');
	assert.equal(filter.hosting, 'managed');
	assert.deepEqual(filter.ignored, []);
});

test('ignores unknown values and says which', () => {
	const filter = readLandscapeFilter('?licence=<b>free</b>&hosting=moon');
	assert.equal(filter.licence, '');
	assert.deepEqual(filter.ignored, ['licence', 'hosting']);
});

test('filters cards by licence kind and hosting mode', () => {
	const filter = { licence: 'open-source', hosting: 'managed' };
	assert.equal(passesFilter(filter, 'open-source', ['self-hosted', 'managed']), true);
	assert.equal(passesFilter(filter, 'proprietary', ['managed']), false);
	assert.equal(passesFilter(filter, 'open-source', ['library']), false);
	assert.equal(passesFilter({ licence: '', hosting: '' }, 'proprietary', []), true);
});

test('writes the filter back to the URL', () => {
	assert.equal(
		writeLandscapeFilter({ licence: 'source-available', hosting: '' }),
		'?licence=source-available',
	);
	assert.equal(writeLandscapeFilter({ licence: '', hosting: '' }), '');
});
