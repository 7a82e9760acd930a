import { test } from 'node:test';
import assert from 'node:assert/strict';
import { choices, type Answers } from '../../src/decision/answers.ts';
import { decisionCandidates } from '../../src/decision/candidates.ts';
import { recommend, type ToolFacts } from '../../src/decision/engine.ts';
import { framework, rules } from '../../src/decision/rules.ts';
import type { LicenceKind } from '../../src/schemas/vocabulary.ts';
import { readCatalogueFacts } from './support/catalogue-facts.ts';

const catalogue = readCatalogueFacts();
const named = new Set(rules.flatMap((rule) => [...rule.pick, ...(rule.with ?? [])]));

/** Every combination of answers, with request counts on both sides of each threshold. */
function* everyAnswers(): Generator<Answers> {
	for (const bottleneck of choices.bottleneck)
		for (const requests of [0, 9_999, 10_000, 99_999, 100_000, 999_999, 1_000_000])
			for (const team of choices.team)
				for (const audience of choices.audience)
					for (const platform of choices.platform)
						for (const realtime of choices.realtime)
							for (const budget of choices.budget)
								yield { bottleneck, requests, team, audience, platform, realtime, budget };
}

/** Tools no rule names, put first so the engine's fallback meets them before the real ones. */
function syntheticTools(count: number): ToolFacts[] {
	const layers = ['features', 'serving', 'monitoring', 'streaming'];
	const kinds: LicenceKind[] = ['proprietary', 'source-available', 'open-source'];
	return Array.from({ length: count }, (_, index) => ({
		id: `synthetic-${index}`,
		name: `Synthetic ${index}`,
		licence: 'Example-1.0',
		licenceKind: kinds[index % kinds.length] ?? 'open-source',
		status: index % 7 === 0 ? ('archived' as const) : ('active' as const),
		statusReported: false,
		layers: [layers[index % layers.length] ?? 'features'],
		alternatives: [`synthetic-${(index + 4) % count}`, 'feast'],
	}));
}

/** Every rule-named tool archived, so each layer falls back to tools no rule names. */
const archiveNamed = (tools: ToolFacts[]) =>
	tools.map((tool) => (named.has(tool.id) ? { ...tool, status: 'archived' as const } : tool));

const catalogues: Record<string, ToolFacts[]> = {
	'the real catalogue': catalogue,
	'two hundred more tools': [...syntheticTools(200), ...catalogue],
	'every named tool archived': archiveNamed([...syntheticTools(200), ...catalogue]),
};

for (const [label, tools] of Object.entries(catalogues)) {
	test(`${label}: the candidates recommend exactly what every tool would`, () => {
		const candidates = decisionCandidates(tools, framework);
		let compared = 0;
		for (const answers of everyAnswers()) {
			assert.deepEqual(
				recommend(answers, candidates, framework),
				recommend(answers, tools, framework),
				JSON.stringify(answers),
			);
			compared += 1;
		}
		assert.ok(compared > 1000);
	});
}

test('the candidates do not grow with the catalogue', () => {
	const real = decisionCandidates(catalogue, framework).length;
	const grown = decisionCandidates([...syntheticTools(2000), ...catalogue], framework).length;
	// At most the first eligible tool per layer and budget, and the alternatives each names.
	assert.ok(grown <= real + 4 * 2 * 3, `${real} real candidates became ${grown}`);
	assert.ok(real < catalogue.length, 'some real tools can never be recommended');
});

test('when a layer falls back to its other tools, only tools a rule named are reported left out', () => {
	const tools = archiveNamed([...syntheticTools(40), ...catalogue]);
	const answers = [...everyAnswers()].find((each) => each.budget === 'open-source');
	assert.ok(answers);
	const result = recommend(answers, tools, framework);
	for (const pick of result.picks) {
		assert.ok(pick.skipped.length > 0, `${pick.layer}: the archived picks are reported`);
		for (const text of pick.skipped) {
			assert.ok(!text.startsWith('Synthetic'), `${pick.layer} reports ${text}`);
		}
	}
});
