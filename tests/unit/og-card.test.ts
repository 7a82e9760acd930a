import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cardFileName, cardSvg, wrapTitle } from '../../src/lib/og-card.ts';

test('names cards after their page path', () => {
	assert.equal(cardFileName('tools/feast/'), 'tools-feast.png');
	assert.equal(cardFileName(''), 'home.png');
	assert.equal(cardFileName('/compare/feast-vs-tecton/'), 'compare-feast-vs-tecton.png');
});

test('wraps long titles on word boundaries and cuts after three lines', () => {
	assert.deepEqual(wrapTitle('Model monitoring and observability'), [
		'Model monitoring',
		'and observability',
	]);
	const long = wrapTitle(
		'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen',
		10,
	);
	assert.equal(long.length, 3);
	assert.match(long[2] ?? '', /…$/);
});

test('escapes titles so they cannot break the SVG', () => {
	const svg = cardSvg({ title: 'A <b> & "quoted" title', kind: 'Tool · Serving' });
	assert.match(svg, /A &lt;b&gt; &amp; &quot;quoted&quot;/);
	assert.doesNotMatch(svg, /<b>/);
	assert.match(svg, /ML Stack Guide · Tool · Serving/);
});
