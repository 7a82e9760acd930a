import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSearchParams, writeSearchParams } from '../../src/lib/search-params.ts';

const known = { layer: ['features', 'monitoring'], licence: ['open-source'], hosting: ['managed'] };

test('reads the query and known filters', () => {
	const state = readSearchParams(new URLSearchParams('q=drift&layer=monitoring'), known);
	assert.equal(state.query, 'drift');
	assert.deepEqual(state.filters, { layer: 'monitoring' });
	assert.deepEqual(state.ignored, []);
});

test('drops unknown facets and values and reports them', () => {
	const state = readSearchParams(new URLSearchParams('q=x&layer=<script>&utm_source=chat'), known);
	assert.deepEqual(state.filters, {});
	assert.deepEqual(state.ignored, ['layer', 'utm_source']);
});

test('caps a huge query', () => {
	const state = readSearchParams(new URLSearchParams(`q=${'a'.repeat(5000)}`), known);
	assert.equal(state.query.length, 200);
});

test('round-trips through the URL', () => {
	const query = writeSearchParams({ query: 'feast vs tecton', filters: { layer: 'features' } });
	assert.equal(query, '?q=feast+vs+tecton&layer=features');
	const back = readSearchParams(new URLSearchParams(query), known);
	assert.equal(back.query, 'feast vs tecton');
	assert.deepEqual(back.filters, { layer: 'features' });
});

test('a query cut at the cap never ends in half an emoji', () => {
	const state = readSearchParams(new URLSearchParams({ q: 'a' + '🙂'.repeat(150) }), known);
	assert.ok(state.query.length <= 200);
	assert.doesNotMatch(state.query, /[\uD800-\uDBFF]$/);
	// A lone surrogate is what makes encodeURIComponent throw.
	assert.doesNotThrow(() => encodeURIComponent(state.query));
});
