import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isCalendarDate, isoDate, pastDate } from '../../src/schemas/dates.ts';

test('accepts real calendar dates and rejects impossible ones', () => {
	assert.equal(isCalendarDate('2026-12-04'), true);
	assert.equal(isCalendarDate('2024-02-29'), true);
	assert.equal(isCalendarDate('2026-02-30'), false);
	assert.equal(isCalendarDate('2026-13-01'), false);
	assert.equal(isCalendarDate('04/12/2026'), false);
	assert.equal(isCalendarDate('2026-1-4'), false);
});

test('keeps YAML dates as YYYY-MM-DD strings', () => {
	assert.equal(isoDate.parse(new Date('2025-08-22T00:00:00Z')), '2025-08-22');
	assert.equal(isoDate.parse('2025-08-22'), '2025-08-22');
});

test('refuses a review date in the future, in every time zone', () => {
	const hours = (count: number) =>
		new Date(Date.now() + count * 3_600_000).toISOString().slice(0, 10);
	// Today in Kiribati (UTC+14) is already a date someone may review on.
	assert.equal(pastDate.safeParse(hours(14)).success, true);
	const result = pastDate.safeParse(hours(38));
	assert.equal(result.success, false);
	assert.match(String(result.error?.issues[0]?.message), /future/);
	assert.equal(pastDate.safeParse('2020-01-01').success, true);
});
