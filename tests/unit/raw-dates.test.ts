import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findBadRawDates, isCalendarMonth } from '../../src/lib/raw-dates.ts';

const file = (frontmatter: string) =>
	`---\n${frontmatter}\n---\n\nBody with reviewed: 2026-02-30 in prose is ignored.\n`;

test('accepts real dates, quoted or not', () => {
	assert.deepEqual(
		findBadRawDates(file("reviewed: 2026-12-04\nhistory:\n  - date: '2025-08-22'\n    change: x")),
		[],
	);
});

test('finds an impossible review date that YAML would roll over', () => {
	assert.deepEqual(findBadRawDates(file('name: X\nreviewed: 2026-02-30')), [
		{ field: 'reviewed', value: '2026-02-30' },
	]);
	assert.deepEqual(findBadRawDates(file('reviewed: 2025-13-01')), [
		{ field: 'reviewed', value: '2025-13-01' },
	]);
});

test('names the history entry whose date is impossible, and allows month precision', () => {
	const text = file(
		'history:\n  - date: 2025-05\n    change: a\n  - date: 2024-02-31\n    change: b\nreviewed: 2026-01-01',
	);
	assert.deepEqual(findBadRawDates(text), [{ field: 'history[1].date', value: '2024-02-31' }]);
	assert.equal(isCalendarMonth('2025-13'), false);
	assert.equal(isCalendarMonth('2025-05'), true);
});
