import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseToolList, writeToolList } from '../../src/lib/compare-params.ts';

const known = new Set(['feast', 'tecton', 'kafka', 'flink', 'bentoml']);

test('reads known ids in order, once each', () => {
	assert.deepEqual(parseToolList('?tools=feast,tecton,feast', known).ids, ['feast', 'tecton']);
	assert.deepEqual(parseToolList('?tools=Feast&tools=kafka', known).ids, ['feast', 'kafka']);
});

test('reports unknown and hostile ids without keeping them', () => {
	const result = parseToolList(`?tools=feast,<img src=x>,${'z'.repeat(500)}`, known);
	assert.deepEqual(result.ids, ['feast']);
	assert.equal(result.ignored.length, 2);
	assert.equal(result.ignored[1]?.length, 40);
});

test('keeps at most four and says so', () => {
	const result = parseToolList('?tools=feast,tecton,kafka,flink,bentoml', known);
	assert.equal(result.ids.length, 4);
	assert.equal(result.tooMany, true);
});

test('writes the list back', () => {
	assert.equal(writeToolList(['feast', 'tecton']), '?tools=feast,tecton');
	assert.equal(writeToolList([]), '');
});
