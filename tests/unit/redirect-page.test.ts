import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { redirectPageHtml, redirectSources } from '../../src/lib/redirect-page.ts';

test('a redirecting page refreshes to its target, names it canonical and escapes every text', () => {
	const html = redirectPageHtml({
		to: '/guide/compare/feast-vs-tecton/',
		canonical: 'https://example.org/guide/compare/feast-vs-tecton/',
		title: 'Feast vs Tecton · ML Stack Guide',
		heading: 'A <b>"quoted"</b> & odd name',
	});
	assert.match(
		html,
		/<meta http-equiv="refresh" content="0; url=\/guide\/compare\/feast-vs-tecton\/">/,
	);
	assert.match(
		html,
		/<link rel="canonical" href="https:\/\/example.org\/guide\/compare\/feast-vs-tecton\/">/,
	);
	assert.match(html, /<meta name="robots" content="noindex">/);
	assert.match(html, /<h1>A &lt;b&gt;&quot;quoted&quot;&lt;\/b&gt; &amp; odd name<\/h1>/);
	assert.equal(html.match(/<h1>/g)?.length, 1);
	// The one inline script is allowed by its hash and by nothing broader.
	const script = /<script>([^<]+)<\/script>/.exec(html)?.[1] ?? '';
	const hash = createHash('sha256').update(script).digest('base64');
	assert.match(html, new RegExp(`script-src 'sha256-${hash.replace(/[+/=]/g, '\\$&')}'">`));
	assert.doesNotMatch(html, /unsafe-inline/);
});

test('reads the addresses a page asks to be reachable from', () => {
	const html =
		'<head><meta name="redirect-from" content="/compare/tecton-vs-feast/"><meta name="redirect-from" content="/old/"></head>';
	assert.deepEqual(redirectSources(html), ['/compare/tecton-vs-feast/', '/old/']);
	assert.deepEqual(redirectSources('<head></head>'), []);
});
