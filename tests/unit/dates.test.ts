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

test('refuses a review date in the future', () => {
	const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
	const result = pastDate.safeParse(tomorrow);
	assert.equal(result.success, false);
	assert.match(String(result.error?.issues[0]?.message), /future/);
	assert.equal(pastDate.safeParse('2020-01-01').success, true);
});
