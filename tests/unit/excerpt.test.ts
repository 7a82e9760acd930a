import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseExcerpt, withHighlight } from '../../src/lib/excerpt.ts';

test('splits an excerpt into plain and marked runs', () => {
	assert.deepEqual(parseExcerpt('watch for <mark>drift</mark> daily'), [
		{ text: 'watch for ', marked: false },
		{ text: 'drift', marked: true },
		{ text: ' daily', marked: false },
	]);
});

test('keeps anything that is not a mark tag as text', () => {
	const parts = parseExcerpt('<img src=x onerror=alert(1)> &lt;script&gt; <mark>a &amp; b</mark>');
	assert.equal(parts[0]?.text, '<img src=x onerror=alert(1)> <script> ');
	assert.equal(parts[0]?.marked, false);
	assert.deepEqual(parts[1], { text: 'a & b', marked: true });
});

test('adds the highlight before the fragment', () => {
	assert.equal(
		withHighlight('/layers/monitoring/#kinds-of-drift', 'data drift'),
		'/layers/monitoring/?highlight=data%20drift#kinds-of-drift',
	);
	assert.equal(withHighlight('/tools/feast/', 'feast'), '/tools/feast/?highlight=feast');
	assert.equal(withHighlight('/tools/feast/?a=1', 'x'), '/tools/feast/?a=1&highlight=x');
	assert.equal(withHighlight('/tools/feast/', '  '), '/tools/feast/');
});
