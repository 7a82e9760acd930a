import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalPairSlug, pairSlug, pairsOf } from '../../src/lib/pairs.ts';

test('pair slugs are alphabetical whichever way they are asked for', () => {
	assert.equal(pairSlug('tecton', 'feast'), 'feast-vs-tecton');
	assert.equal(pairSlug('feast', 'tecton'), 'feast-vs-tecton');
});

test('pairs only tools that share a layer, each pair once', () => {
	const pairs = pairsOf([
		{ id: 'tecton', layers: ['features'] },
		{ id: 'feast', layers: ['features'] },
		{ id: 'kafka', layers: ['streaming'] },
		{ id: 'mlflow', layers: ['serving', 'monitoring'] },
		{ id: 'bentoml', layers: ['serving'] },
		{ id: 'arize', layers: ['monitoring'] },
	]);
	assert.deepEqual(
		pairs.map((pair) => `${pair.a}-vs-${pair.b}:${pair.layers.join('+')}`),
		['arize-vs-mlflow:monitoring', 'bentoml-vs-mlflow:serving', 'feast-vs-tecton:features'],
	);
});

test('n tools in one layer give n(n-1)/2 pairs', () => {
	const tools = Array.from({ length: 12 }, (_, index) => ({ id: `t${index}`, layers: ['x'] }));
	assert.equal(pairsOf(tools).length, 66);
});

test('reversed and unknown pair slugs', () => {
	const known = new Set(['feast-vs-tecton']);
	assert.equal(canonicalPairSlug('tecton-vs-feast', known), 'feast-vs-tecton');
	assert.equal(canonicalPairSlug('feast-vs-tecton', known), 'feast-vs-tecton');
	assert.equal(canonicalPairSlug('feast-vs-kafka', known), null);
	assert.equal(canonicalPairSlug('feast', known), null);
	assert.equal(canonicalPairSlug('-vs-', known), null);
});

test('large layers get pages only for named alternatives and written verdicts', async () => {
	const { pairsWithPages } = await import('../../src/lib/pairs.ts');
	const big = Array.from({ length: 20 }, (_, index) => ({
		id: `t${String(index).padStart(2, '0')}`,
		layers: ['big'],
		alternatives: index === 0 ? ['t01'] : [],
	}));
	const small = [
		{ id: 'a', layers: ['small'], alternatives: [] },
		{ id: 'b', layers: ['small'], alternatives: [] },
		{ id: 'c', layers: ['small'], alternatives: [] },
	];
	const slugs = pairsWithPages([...big, ...small], new Set(['t05-vs-t09'])).map(
		(pair) => `${pair.a}-vs-${pair.b}`,
	);
	assert.deepEqual(slugs.sort(), ['a-vs-b', 'a-vs-c', 'b-vs-c', 't00-vs-t01', 't05-vs-t09']);
});
