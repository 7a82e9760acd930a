import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rebaseRootLinks, splitAtHeadings } from '../../src/lib/prose-html.ts';
import { joinBase } from '../../src/lib/urls.ts';

test('splits rendered HTML at h2 to h4 and keeps everything between', () => {
	const html =
		'<p>Intro</p>\n<h2 id="verdict">Verdict</h2>\n<p>A</p><h3 id="r-amp-d">R &amp; <code>D</code></h3><h5 id="x">X</h5>';
	assert.deepEqual(splitAtHeadings(html), [
		{ kind: 'html', html: '<p>Intro</p>\n' },
		{ kind: 'heading', level: 2, id: 'verdict', html: 'Verdict' },
		{ kind: 'html', html: '\n<p>A</p>' },
		{ kind: 'heading', level: 3, id: 'r-amp-d', html: 'R &amp; <code>D</code>' },
		{ kind: 'html', html: '<h5 id="x">X</h5>' },
	]);
});

test('a heading id is decoded once, so the component does not escape it twice', () => {
	const [part] = splitAtHeadings('<h2 id="a&amp;b">A</h2>');
	assert.deepEqual(part, { kind: 'heading', level: 2, id: 'a&b', html: 'A' });
});

test('HTML without headings comes back whole, and empty HTML as nothing', () => {
	assert.deepEqual(splitAtHeadings('<p>only</p>'), [{ kind: 'html', html: '<p>only</p>' }]);
	assert.deepEqual(splitAtHeadings(''), []);
});

test('root links get the base path; other links stay as written', () => {
	const toSite = (path: string) => joinBase('/ml-stack-guide/', path);
	const html = [
		'<a href="/tools/feast/">Feast</a>',
		'<a href="/guides/about/#where-the-guide-started">the article</a>',
		'<a href="https://feast.dev/">site</a>',
		'<a href="//cdn.example/x">protocol-relative</a>',
		'<a href="#verdict">here</a>',
		'<a class="x" href="/layers/serving/?q=a&amp;b=c">serving</a>',
	].join(' ');
	assert.equal(
		rebaseRootLinks(html, toSite),
		[
			'<a href="/ml-stack-guide/tools/feast/">Feast</a>',
			'<a href="/ml-stack-guide/guides/about/#where-the-guide-started">the article</a>',
			'<a href="https://feast.dev/">site</a>',
			'<a href="//cdn.example/x">protocol-relative</a>',
			'<a href="#verdict">here</a>',
			'<a class="x" href="/ml-stack-guide/layers/serving/?q=a&amp;b=c">serving</a>',
		].join(' '),
	);
});
