import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
	describeFaults,
	findContentFaults,
	type ToolRecord,
} from '../../src/lib/catalogue-check.ts';

const tool = (id: string, layer: string, extra: Partial<ToolRecord> = {}): ToolRecord => ({
	id,
	file: `content/tools/${id}.mdx`,
	name: id.toUpperCase(),
	layer: { id: layer },
	alternatives: [],
	...extra,
});
const layers = ['features', 'serving'];

test('a sound catalogue has no faults', () => {
	const tools = [
		tool('feast', 'features', { alternatives: [{ id: 'tecton' }] }),
		tool('tecton', 'features'),
	];
	const comparisons = [
		{
			id: 'feast-vs-tecton',
			file: 'c.mdx',
			tools: [{ id: 'feast' }, { id: 'tecton' }] as [{ id: string }, { id: string }],
			choose: { feast: 'a', tecton: 'b' },
		},
	];
	assert.deepEqual(findContentFaults(layers, tools, comparisons), []);
});

test('names the file and field of an unknown layer', () => {
	const faults = findContentFaults(layers, [tool('feast', 'featurez')], []);
	assert.equal(faults.length, 1);
	assert.equal(faults[0]?.file, 'content/tools/feast.mdx');
	assert.equal(faults[0]?.field, 'layer');
	assert.match(faults[0]?.message ?? '', /unknown layer "featurez"/);
});

test('refuses tool ids that would break comparison slugs or URLs, naming the file', () => {
	for (const id of ['bb-vs-cc', 'foo_bar', 'Feast', 'a--b', '-a']) {
		const faults = findContentFaults(layers, [tool(id, 'features')], []);
		assert.equal(faults.length, 1, id);
		assert.equal(faults[0]?.field, 'file name');
		assert.equal(faults[0]?.file, `content/tools/${id}.mdx`);
	}
	assert.deepEqual(findContentFaults(layers, [tool('apache-beam-2', 'features')], []), []);
});

test('names the index of an unknown alternative', () => {
	const faults = findContentFaults(
		layers,
		[tool('feast', 'features', { alternatives: [{ id: 'nope' }] })],
		[],
	);
	assert.equal(faults[0]?.field, 'alternatives[0]');
});

test('finds two tools with the same name', () => {
	const faults = findContentFaults(
		layers,
		[tool('a', 'serving', { name: 'Same' }), tool('b', 'serving', { name: 'same' })],
		[],
	);
	assert.equal(faults.length, 1);
	assert.equal(faults[0]?.file, 'content/tools/b.mdx');
	assert.equal(faults[0]?.field, 'name');
});

test('checks comparison files: order, name, layer, choose keys', () => {
	const tools = [tool('feast', 'features'), tool('tecton', 'features'), tool('bentoml', 'serving')];
	const pair = (id: string, a: string, b: string, choose: Record<string, string>) => ({
		id,
		file: `content/comparisons/${id}.mdx`,
		tools: [{ id: a }, { id: b }] as [{ id: string }, { id: string }],
		choose,
	});
	const faults = findContentFaults(layers, tools, [
		pair('tecton-vs-feast', 'tecton', 'feast', {}),
		pair('bentoml-vs-feast', 'bentoml', 'feast', { bentoml: 'x', feast: 'y' }),
		pair('feast-vs-tecton', 'feast', 'tecton', { feast: 'x' }),
	]);
	const fields = faults.map((fault) => `${fault.file}:${fault.field}`);
	assert.ok(fields.includes('content/comparisons/tecton-vs-feast.mdx:tools'));
	assert.ok(fields.includes('content/comparisons/bentoml-vs-feast.mdx:tools'));
	assert.ok(fields.includes('content/comparisons/feast-vs-tecton.mdx:choose.tecton'));
	assert.match(
		describeFaults(faults),
		/content\/comparisons\/feast-vs-tecton.mdx: choose.tecton: missing/,
	);
});
