import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
	defaultAnswers,
	parseAnswers,
	scaleBandOf,
	serializeAnswers,
	type Answers,
} from '../../src/decision/answers.ts';
import { framework, rules } from '../../src/decision/rules.ts';
import { recommend, type Recommendation } from '../../src/decision/engine.ts';
import { readCatalogueFacts } from './support/catalogue-facts.ts';

const tools = readCatalogueFacts();
const facts = new Map(tools.map((tool) => [tool.id, tool]));
const answer = (overrides: Partial<Answers>): Answers => ({ ...defaultAnswers, ...overrides });
const pickOf = (result: Recommendation, layer: string) =>
	result.picks.find((pick) => pick.layer === layer);
const primary = (result: Recommendation, layer: string) => pickOf(result, layer)?.primary.id;
const reasonIds = (result: Recommendation, layer: string) =>
	pickOf(result, layer)?.reasons.map((reason) => reason.id) ?? [];

test('every rule names tools that exist in the catalogue, in the rule’s layer', () => {
	for (const rule of rules) {
		for (const id of [...rule.pick, ...(rule.with ?? [])]) {
			assert.ok(facts.has(id), `${rule.id} names unknown tool ${id}`);
		}
		for (const id of rule.pick)
			assert.ok(
				facts.get(id)?.layers.includes(rule.layer),
				`${rule.id}: ${id} is not in ${rule.layer}`,
			);
	}
});

test('bottleneck: the named layer comes first with the framework’s reason', () => {
	for (const bottleneck of ['features', 'monitoring', 'serving'] as const) {
		const result = recommend(answer({ bottleneck }), tools, framework);
		assert.equal(result.picks[0]?.layer, bottleneck);
		assert.equal(result.picks[0]?.focus, true);
		assert.equal(result.picks[0]?.reasons[0]?.id, `focus-${bottleneck}`);
	}
	const none = recommend(answer({ bottleneck: 'none' }), tools, framework);
	assert.ok(none.notes.some((note) => note.id === 'focus-none'));
});

test('most teams start with Feast', () => {
	const result = recommend(answer({}), tools, framework);
	assert.equal(primary(result, 'features'), 'feast');
	assert.deepEqual(reasonIds(result, 'features'), ['features-start-with-feast']);
});

test('on Databricks, its feature store', () => {
	assert.equal(
		primary(recommend(answer({ platform: 'databricks' }), tools, framework), 'features'),
		'databricks-feature-store',
	);
});

test('over 1M a day: Tecton and Arize', () => {
	const result = recommend(answer({ requests: 2_000_000, team: 'data' }), tools, framework);
	assert.equal(primary(result, 'features'), 'tecton');
	assert.equal(primary(result, 'monitoring'), 'arize');
});

test('under 10k a day: BentoML and Great Expectations with Prometheus', () => {
	const result = recommend(answer({ requests: 5_000, team: 'data' }), tools, framework);
	assert.equal(primary(result, 'serving'), 'bentoml');
	assert.equal(primary(result, 'monitoring'), 'great-expectations');
	assert.deepEqual(
		pickOf(result, 'monitoring')?.companions.map((tool) => tool.id),
		['prometheus'],
	);
});

test('over 100k a day: Kubernetes-managed serving (KServe, Seldon Core as the alternative) with proper monitoring', () => {
	const result = recommend(answer({ requests: 250_000, team: 'data' }), tools, framework);
	assert.equal(primary(result, 'serving'), 'kserve');
	assert.equal(pickOf(result, 'serving')?.alternative?.id, 'seldon-core');
	assert.deepEqual(reasonIds(result, 'serving'), ['serving-at-scale']);
	assert.equal(primary(result, 'monitoring'), 'evidently');
});

test('10k–100k, which the article leaves open, stays on the simple stack by our rule', () => {
	const result = recommend(answer({ requests: 50_000, team: 'data' }), tools, framework);
	assert.equal(primary(result, 'serving'), 'bentoml');
	assert.deepEqual(reasonIds(result, 'serving'), ['serving-middle-band']);
});

test('Kubernetes experts get Kubernetes-native serving', () => {
	const result = recommend(answer({ team: 'kubernetes' }), tools, framework);
	assert.equal(primary(result, 'serving'), 'kserve');
	assert.equal(pickOf(result, 'serving')?.alternative?.id, 'seldon-core');
});

test('Python experts get Python-first serving', () => {
	const result = recommend(answer({ team: 'python', requests: 50_000 }), tools, framework);
	assert.equal(primary(result, 'serving'), 'bentoml');
	assert.equal(reasonIds(result, 'serving')[0], 'serving-python-team');
});

test('a Python team at scale keeps Python serving and is told about the tension', () => {
	const mid = recommend(answer({ team: 'python', requests: 250_000 }), tools, framework);
	assert.equal(primary(mid, 'serving'), 'bentoml');
	assert.equal(reasonIds(mid, 'serving')[0], 'serving-python-team-at-scale');
	const result = recommend(answer({ team: 'python', requests: 2_000_000 }), tools, framework);
	assert.equal(primary(result, 'serving'), 'ray-serve');
	assert.equal(pickOf(result, 'serving')?.alternative?.id, 'bentoml');
	assert.equal(reasonIds(result, 'serving')[0], 'serving-python-team-over-1m');
	assert.ok(result.notes.some((note) => note.id === 'tension-python-team-at-scale'));
	assert.equal(primary(result, 'features'), 'tecton');
	// On an open-source budget the note promises no managed pieces, and the stack has none.
	const open = recommend(
		answer({ team: 'python', requests: 5_000_000, budget: 'open-source' }),
		tools,
		framework,
	);
	const noteIds = open.notes.map((note) => note.id);
	assert.ok(noteIds.includes('tension-python-team-at-scale-open-source'));
	assert.ok(!noteIds.includes('tension-python-team-at-scale'));
	assert.equal(primary(open, 'features'), 'feast');
});

test('customer-facing models get a purpose-built monitor; internal ones the open pair', () => {
	assert.equal(
		primary(recommend(answer({ audience: 'customers' }), tools, framework), 'monitoring'),
		'arize',
	);
	assert.equal(
		primary(recommend(answer({ audience: 'internal' }), tools, framework), 'monitoring'),
		'great-expectations',
	);
});

test('WhyLabs is never recommended while its hosted service is discontinued', () => {
	assert.equal(facts.get('whylabs')?.status, 'hosted-discontinued');
	const result = recommend(answer({ audience: 'customers' }), tools, framework);
	const monitoring = pickOf(result, 'monitoring');
	assert.notEqual(monitoring?.alternative?.id, 'whylabs');
	assert.ok(monitoring?.skipped.some((text) => text.startsWith('WhyLabs')));
});

test('a status only secondary sources state is worded as reported when a tool is left out', () => {
	assert.equal(facts.get('whylabs')?.statusReported, true);
	const skipped = (statusReported: boolean) => {
		const catalogue = tools.map((tool) =>
			tool.id === 'whylabs' ? { ...tool, statusReported } : tool,
		);
		const result = recommend(answer({ audience: 'customers' }), catalogue, framework);
		return pickOf(result, 'monitoring')?.skipped.find((text) => text.startsWith('WhyLabs'));
	};
	assert.equal(
		skipped(true),
		'WhyLabs: left out, its hosted service is reported to have shut down.',
	);
	assert.equal(skipped(false), 'WhyLabs: left out, its hosted service was discontinued.');
});

test('an alternative serves the same purpose: no data-quality checker stands in for a drift monitor', () => {
	const result = recommend(
		answer({
			bottleneck: 'monitoring',
			requests: 250_000,
			audience: 'customers',
			budget: 'open-source',
		}),
		tools,
		framework,
	);
	const monitoring = pickOf(result, 'monitoring');
	assert.equal(monitoring?.primary.id, 'evidently');
	// Great Expectations is another rule's pick and not one Evidently names as an alternative.
	assert.notEqual(monitoring?.alternative?.id, 'great-expectations');
	const alternative = monitoring?.alternative;
	if (alternative) assert.ok(facts.get('evidently')?.alternatives.includes(alternative.id));
});

test('at scale the alternative to Evidently is another drift detector, not a data-quality checker', () => {
	const result = recommend(
		answer({ bottleneck: 'monitoring', requests: 250_000, audience: 'internal' }),
		tools,
		framework,
	);
	const monitoring = pickOf(result, 'monitoring');
	assert.equal(monitoring?.primary.id, 'evidently');
	assert.equal(monitoring?.alternative?.id, 'alibi-detect');
});

test('an open-source budget swaps Seldon Core for KServe and says why', () => {
	const result = recommend(answer({ team: 'kubernetes', budget: 'open-source' }), tools, framework);
	assert.equal(primary(result, 'serving'), 'kserve');
	assert.ok(
		pickOf(result, 'serving')?.skipped.some((text) =>
			/Seldon Core.*source-available \(BUSL-1\.1\)/.test(text),
		),
	);
});

test('real-time answers add the streaming layer: Kafka, with Spark below 100k a day and Flink above', () => {
	assert.equal(
		pickOf(recommend(answer({ realtime: 'no' }), tools, framework), 'streaming'),
		undefined,
	);
	const companions = (overrides: Partial<Answers>) =>
		pickOf(
			recommend(answer({ realtime: 'yes', ...overrides }), tools, framework),
			'streaming',
		)?.companions.map((tool) => tool.id);
	const small = recommend(answer({ realtime: 'yes', team: 'data' }), tools, framework);
	assert.equal(primary(small, 'streaming'), 'kafka');
	assert.deepEqual(companions({ team: 'data' }), ['spark-structured-streaming']);
	assert.deepEqual(reasonIds(small, 'streaming'), ['streaming-modest-volume']);
	for (const team of ['data', 'kubernetes', 'python'] as const) {
		assert.deepEqual(companions({ team, requests: 250_000 }), ['flink'], team);
	}
	assert.deepEqual(companions({ platform: 'databricks', requests: 2_000_000 }), [
		'spark-structured-streaming',
	]);
});

test('Bytewax is never a production pick; a small Python team hears why', () => {
	const python = recommend(answer({ realtime: 'yes', team: 'python' }), tools, framework);
	assert.deepEqual(reasonIds(python, 'streaming'), [
		'streaming-python-team',
		'streaming-modest-volume',
	]);
	assert.match(pickOf(python, 'streaming')?.reasons[0]?.text ?? '', /Bytewax.*prototypes/);
	for (const rule of rules) assert.ok(!rule.with?.includes('bytewax'), rule.id);
	const big = recommend(
		answer({ realtime: 'yes', team: 'python', requests: 2_000_000 }),
		tools,
		framework,
	);
	assert.deepEqual(reasonIds(big, 'streaming'), ['streaming-backbone']);
});

test('when the budget rules out a rule’s first choice, the result says what stands in', () => {
	const result = recommend(
		answer({ requests: 2_000_000, budget: 'open-source' }),
		tools,
		framework,
	);
	assert.equal(primary(result, 'features'), 'feast');
	const substitute = pickOf(result, 'features')?.reasons.find(
		(reason) => reason.id === 'substitute',
	);
	assert.match(substitute?.text ?? '', /Feast stands in for Tecton/);
	assert.ok(
		pickOf(result, 'features')?.skipped.some((text) =>
			text.startsWith('Tecton: left out, proprietary'),
		),
	);
});

test('a status change in the catalogue reaches the recommendation', () => {
	const archived = tools.map((tool) =>
		tool.id === 'bentoml' ? { ...tool, status: 'archived' as const } : tool,
	);
	const result = recommend(answer({}), archived, framework);
	assert.notEqual(primary(result, 'serving'), 'bentoml');
	assert.ok(
		pickOf(result, 'serving')?.skipped.some((text) =>
			text.startsWith('BentoML: left out, archived'),
		),
	);
});

test('sweep: every combination yields a primary tool with a reason for each layer it covers', () => {
	let combinations = 0;
	for (const bottleneck of ['features', 'monitoring', 'serving', 'none'] as const)
		for (const requests of [0, 9_999, 10_000, 99_999, 100_000, 999_999, 1_000_000, 10_000_000_000])
			for (const team of ['kubernetes', 'python', 'data'] as const)
				for (const audience of ['customers', 'internal'] as const)
					for (const platform of ['databricks', 'other'] as const)
						for (const realtime of ['yes', 'no'] as const)
							for (const budget of ['open-source', 'paid'] as const) {
								const answers: Answers = {
									bottleneck,
									requests,
									team,
									audience,
									platform,
									realtime,
									budget,
								};
								const result = recommend(answers, tools, framework);
								const expected = realtime === 'yes' ? 4 : 3;
								assert.equal(result.picks.length, expected, JSON.stringify(answers));
								for (const pick of result.picks) {
									assert.ok(
										pick.primary,
										`${pick.layer} has no primary for ${JSON.stringify(answers)}`,
									);
									assert.ok(pick.reasons.length > 0, `${pick.layer} has no reason`);
									assert.notEqual(pick.alternative?.id, pick.primary.id);
									if (budget === 'open-source') {
										for (const tool of [pick.primary, pick.alternative, ...pick.companions]) {
											if (tool)
												assert.equal(
													tool.licenceKind,
													'open-source',
													`${tool.id} offered on an open-source budget`,
												);
										}
									}
									for (const tool of [pick.primary, pick.alternative, ...pick.companions]) {
										if (tool)
											assert.ok(
												!['archived', 'deprecated', 'hosted-discontinued'].includes(tool.status),
											);
									}
								}
								combinations += 1;
							}
	assert.equal(combinations, 4 * 8 * 3 * 2 * 2 * 2 * 2);
});

test('URL contract: reads valid answers, ignores the rest, writes a stable order', () => {
	const { answers, ignored, given } = parseAnswers(
		'?team=kubernetes&requests=250000&budget=open-source&utm=x&bottleneck=<script>',
	);
	assert.equal(answers.team, 'kubernetes');
	assert.equal(answers.requests, 250_000);
	assert.equal(answers.budget, 'open-source');
	assert.equal(answers.bottleneck, 'none');
	assert.equal(given, 3);
	assert.deepEqual(ignored, ['utm', 'bottleneck']);
	assert.equal(
		serializeAnswers(answers),
		'?bottleneck=none&requests=250000&team=kubernetes&audience=internal&platform=other&realtime=no&budget=open-source',
	);
	assert.deepEqual(parseAnswers(serializeAnswers(answers)).answers, answers);
	// A search result's highlight words are neither an answer nor something to complain about.
	assert.deepEqual(parseAnswers('?highlight=recommend+stack'), {
		answers: defaultAnswers,
		given: 0,
		ignored: [],
	});
});

test('URL contract: negative, fractional, huge and absurdly long values are ignored', () => {
	for (const bad of ['-5', '1.5', '1e6', '99999999999999999999', 'x'.repeat(5000), '']) {
		const { answers, ignored } = parseAnswers(`?requests=${encodeURIComponent(bad)}`);
		assert.equal(answers.requests, defaultAnswers.requests, bad.slice(0, 20));
		assert.deepEqual(ignored, ['requests']);
	}
	const long = parseAnswers(`?${'k'.repeat(5000)}=1`);
	assert.equal(long.ignored[0]?.length, 40);
	assert.equal(parseAnswers('?team=toString').answers.team, defaultAnswers.team);
	assert.equal(parseAnswers('?team=__proto__').answers.team, defaultAnswers.team);
	for (const name of ['constructor', 'toString', '__proto__', 'valueOf', 'hasOwnProperty']) {
		const parsed = parseAnswers(`?${name}=x&bottleneck=serving`);
		assert.deepEqual(parsed.ignored, [name]);
		assert.equal(parsed.answers.bottleneck, 'serving');
	}
});

test('the bands start above the article\'s round numbers: "over 100k" and "over 1M"', () => {
	assert.equal(scaleBandOf(9_999), 'under-10k');
	assert.equal(scaleBandOf(10_000), '10k-100k');
	assert.equal(scaleBandOf(100_000), '10k-100k');
	assert.equal(scaleBandOf(100_001), '100k-1m');
	assert.equal(scaleBandOf(1_000_000), '100k-1m');
	assert.equal(scaleBandOf(1_000_001), 'over-1m');
});
