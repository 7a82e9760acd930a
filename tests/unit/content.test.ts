import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';

/** The body of an MDX file: what follows its frontmatter. */
const bodyOf = (text: string) => text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
const words = (text: string) =>
	text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
const sections = [
	'Verdict',
	'When to choose it',
	'Trade-offs',
	'How it fits the stack',
	'Status and licence',
];

const tools = readdirSync('content/tools').filter((file) => /\.mdx?$/.test(file));

test('the catalogue has at least 30 tools and every layer offers real choices', () => {
	assert.ok(tools.length >= 30, `${tools.length} tools`);
	const perLayer = new Map<string, number>();
	for (const file of tools) {
		const layer = /^layer: (\S+)/m.exec(readFileSync(`content/tools/${file}`, 'utf8'))?.[1] ?? '';
		perLayer.set(layer, (perLayer.get(layer) ?? 0) + 1);
	}
	for (const [layer, count] of perLayer) assert.ok(count >= 5, `${layer} has ${count} tools`);
});

test('every tool page has at least 300 words of analysis in the agreed sections, in order', () => {
	for (const file of tools) {
		const body = bodyOf(readFileSync(`content/tools/${file}`, 'utf8'));
		assert.ok(words(body) >= 300, `${file}: ${words(body)} words`);
		const headings = [...body.matchAll(/^## (.+)$/gm)].map((match) => match[1]?.trim());
		assert.deepEqual(headings, sections, file);
	}
});

test('written comparisons and layers carry real analysis too', () => {
	for (const folder of ['comparisons', 'layers']) {
		for (const file of readdirSync(`content/${folder}`)) {
			const count = words(bodyOf(readFileSync(`content/${folder}/${file}`, 'utf8')));
			assert.ok(count >= 250, `${folder}/${file}: ${count} words`);
		}
	}
});
