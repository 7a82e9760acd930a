import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linkFirstUses } from '../../src/lib/glossary-links.ts';

const terms = [
	{ id: 'data-drift', phrases: ['Data drift', 'covariate shift'] },
	{ id: 'feature-store', phrases: ['Feature store'] },
	{ id: 'drift', phrases: ['drift'] },
];
const href = (id: string) => `/glossary/#${id}`;

test('links the first use of each term only, keeping its case', () => {
	const html = '<p>Data drift matters. More data drift later, and a feature store.</p>';
	assert.equal(
		linkFirstUses(html, terms, href),
		'<p><a class="term-link" href="/glossary/#data-drift">Data drift</a> matters. More data drift later, and a <a class="term-link" href="/glossary/#feature-store">feature store</a>.</p>',
	);
});

test('prefers the longest phrase and matches whole words only', () => {
	const html = '<p>Watch for data drift; driftwood is not drift.</p>';
	const out = linkFirstUses(html, terms, href);
	assert.match(out, /href="\/glossary\/#data-drift">data drift<\/a>/);
	assert.doesNotMatch(out, />driftwood</);
	assert.match(out, /is not <a class="term-link" href="\/glossary\/#drift">drift<\/a>/);
});

test('leaves links, headings, code and attributes alone', () => {
	const html =
		'<h2 id="data-drift">Data drift</h2><p title="feature store"><a href="/x">feature store</a> <code>data drift</code></p><p>feature store</p>';
	const out = linkFirstUses(html, terms, href);
	assert.match(out, /^<h2 id="data-drift">Data drift<\/h2>/);
	assert.match(out, /<a href="\/x">feature store<\/a> <code>data drift<\/code><\/p>/);
	assert.match(
		out,
		/<p><a class="term-link" href="\/glossary\/#feature-store">feature store<\/a><\/p>$/,
	);
});

test('skips product names and badges, and links plurals', () => {
	const html =
		'<p>Vertex AI Feature Store is managed. <span class="badge">Data drift</span></p><p>Two feature stores and data drifts.</p>';
	const out = linkFirstUses(html, terms, href);
	assert.match(out, /^<p>Vertex AI Feature Store is managed\./);
	assert.match(out, /<span class="badge">Data drift<\/span>/);
	assert.match(
		out,
		/Two <a class="term-link" href="\/glossary\/#feature-store">feature stores<\/a> and <a class="term-link" href="\/glossary\/#data-drift">data drifts<\/a>\./,
	);
});
