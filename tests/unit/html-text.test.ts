import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeEntities, textOfHtml } from '../../src/lib/html-text.ts';

test('decodes the entities Astro and Pagefind write, once', () => {
	assert.equal(
		decodeEntities('R&amp;D &lt;b&gt; &quot;x&quot; it&#39;s it&#x27;s a&nbsp;b'),
		'R&D <b> "x" it\'s it\'s a\u00a0b',
	);
	assert.equal(decodeEntities('&amp;lt;'), '&lt;');
	assert.equal(decodeEntities('&copy;'), '&copy;');
});

test('takes the text of a heading fragment', () => {
	assert.equal(textOfHtml(' <code>p &lt; 0.05</code> &amp; more '), 'p < 0.05 & more');
});
