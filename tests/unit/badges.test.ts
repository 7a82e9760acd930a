import { test } from 'node:test';
import assert from 'node:assert/strict';
import { badgesFor, isStale } from '../../src/lib/badges.ts';
import { formatDate } from '../../src/lib/format-date.ts';

test('an active open-source tool has no badge', () => {
	assert.deepEqual(
		badgesFor({ status: { state: 'active' }, licence: { kind: 'open-source' } }),
		[],
	);
});

test('status and licence each add a badge', () => {
	const labels = badgesFor({
		status: { state: 'acquired' },
		licence: { kind: 'source-available' },
	}).map((b) => b.label);
	assert.deepEqual(labels, ['Acquired', 'Source-available licence']);
	const closed = badgesFor({
		status: { state: 'hosted-discontinued' },
		licence: { kind: 'open-source' },
	});
	assert.equal(closed[0]?.tone, 'bad');
});

test('a status stated only by secondary sources says "(reported)"', () => {
	const [badge] = badgesFor({
		status: { state: 'acquired', reported: true },
		licence: { kind: 'proprietary' },
	});
	assert.equal(badge?.label, 'Acquired (reported)');
	assert.match(badge?.meaning ?? '', /secondary sources/);
});

test('a review older than six months is stale', () => {
	const today = new Date('2026-12-04T12:00:00Z');
	assert.equal(isStale('2026-06-05', today), false);
	assert.equal(isStale('2026-06-03', today), true);
	assert.equal(isStale('2026-12-04', today), false);
});

test('formats dates for readers', () => {
	assert.equal(formatDate('2026-12-04'), '4 December 2026');
});

test('formats month-only dates without inventing a day', () => {
	assert.equal(formatDate('2025-05'), 'May 2025');
});
