import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultAnswers } from '../../src/decision/answers.ts';
import { framework } from '../../src/decision/rules.ts';
import { recommend } from '../../src/decision/engine.ts';
import { threeMonthsAfter, toIcs, toMarkdown } from '../../src/decision/share.ts';
import { readCatalogueFacts } from './support/catalogue-facts.ts';

const tools = readCatalogueFacts();

test('three months out, clamped to the month’s end', () => {
	assert.equal(threeMonthsAfter(new Date('2026-12-04T10:00:00Z')), '2027-03-04');
	assert.equal(threeMonthsAfter(new Date('2026-11-30T10:00:00Z')), '2027-02-28');
});

test('Markdown has the stack table, reasons with absolute links, and the link back', () => {
	const answers = { ...defaultAnswers, bottleneck: 'serving' as const };
	const md = toMarkdown(
		recommend(answers, tools, framework),
		answers,
		'https://x.dev/g/decide/?bottleneck=serving',
		'https://x.dev/g/',
		'2027-03-04',
	);
	assert.match(md, /^## Recommended ML stack/);
	assert.match(
		md,
		/\| Serving \(bottleneck\) \| \[BentoML\]\(https:\/\/x\.dev\/g\/tools\/bentoml\/\) \(Acquired\) \|/,
	);
	assert.match(
		md,
		/\(https:\/\/x\.dev\/g\/guides\/decision-framework\/#question-1-what-is-your-bottleneck\)/,
	);
	assert.match(md, /Reopen this recommendation: https:\/\/x\.dev\/g\/decide\/\?bottleneck=serving/);
	assert.match(md, /review on 2027-03-04/);
});

test('Markdown keeps the warnings the page shows and links every tool, alongside ones too', () => {
	const answers = {
		...defaultAnswers,
		requests: 2_000_000,
		team: 'data' as const,
		realtime: 'yes' as const,
	};
	const md = toMarkdown(
		recommend(answers, tools, framework),
		answers,
		'https://x.dev/decide/',
		'https://x.dev/',
		'2027-03-04',
	);
	const features = md.split('\n').find((line) => line.startsWith('| Features'));
	assert.match(
		features ?? '',
		/\[Tecton\]\(https:\/\/x\.dev\/tools\/tecton\/\) \(Acquired \(reported\), Proprietary\)/,
	);
	// The note comes before the table, with its source, as on the page.
	const lines = md.split('\n');
	const note = lines.findIndex((line) => line.startsWith('> **Note:**'));
	assert.ok(note > 0 && note < lines.findIndex((line) => line.startsWith('| Layer')));
	assert.match(
		lines[note] ?? '',
		/\(\[The biggest mistake\]\(https:\/\/x\.dev\/guides\/biggest-mistake\/#a-three-month-plan\)\)$/,
	);
	const streaming = md.split('\n').find((line) => line.startsWith('| Streaming'));
	assert.match(streaming ?? '', /\| \[Apache Flink\]\(https:\/\/x\.dev\/tools\/flink\/\) \|$/);
});

test('the calendar event is an all-day event with folded lines and escaped text', () => {
	const ics = toIcs(
		'Serving: BentoML, Monitoring: Great Expectations; Features: Feast',
		'2027-03-04',
		`https://x.dev/decide/?${'a=1&'.repeat(40)}`,
		new Date('2026-12-04T10:00:00Z'),
	);
	assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
	assert.match(ics, /\r\nDTSTART;VALUE=DATE:20270304\r\n/);
	assert.match(ics, /\r\nDTEND;VALUE=DATE:20270305\r\n/);
	const unfolded = ics.replace(/\r\n /g, '');
	assert.match(unfolded, /BentoML\\, Monitoring/);
	assert.match(unfolded, /Expectations\\; Features/);
	for (const line of ics.split('\r\n'))
		assert.ok(new TextEncoder().encode(line).length <= 75, line);
	assert.match(ics, /END:VCALENDAR\r\n$/);
});
