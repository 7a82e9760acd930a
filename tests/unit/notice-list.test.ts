import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countOf, listForNotice } from '../../src/lib/notice-list.ts';

test('lists a few names and counts the rest', () => {
	assert.equal(listForNotice(['a', 'b']), 'a, b');
	assert.equal(listForNotice(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'a']), 'a, b, c, d, e and 2 more');
	assert.equal(listForNotice(['']), '(unnamed)');
	assert.equal(listForNotice(['x'.repeat(100)]).length, 40);
});

test('pluralises counts', () => {
	assert.equal(countOf(1, 'result'), '1 result');
	assert.equal(countOf(0, 'result'), '0 results');
});

test('an echoed name is never cut mid-character', () => {
	const emoji = listForNotice(['a' + '🙂'.repeat(50)]);
	assert.equal(emoji.length, 39);
	assert.ok(
		emoji
			.split('')
			.every(
				(unit, at, all) =>
					!/[\uD800-\uDBFF]/.test(unit) || /[\uDC00-\uDFFF]/.test(all[at + 1] ?? ''),
			),
	);
});
