import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeXml, renderAtomFeed } from '../../src/lib/atom.ts';
import { changesByDay, collectStatusChanges } from '../../src/lib/status-changes.ts';

test('escapes markup in feed text', () => {
	assert.equal(escapeXml(`<b>"R&D"</b>`), '&lt;b&gt;&quot;R&amp;D&quot;&lt;/b&gt;');
});

test('renders entries with the newest date as the feed date', () => {
	const xml = renderAtomFeed({
		id: 'https://x/changes/',
		title: 'T',
		selfUrl: 'https://x/changes/feed.xml',
		pageUrl: 'https://x/changes/',
		entries: [
			{
				id: 'a',
				title: 'Seldon <Core>',
				url: 'https://x/tools/seldon-core/',
				updated: '2024-01-22',
				summary: 's',
			},
		],
	});
	assert.match(xml, /<updated>2024-01-22T00:00:00Z<\/updated>/);
	assert.match(xml, /Seldon &lt;Core&gt;/);
	assert.doesNotMatch(xml, /<Core>/);
});

test('lists status changes newest first across tools', () => {
	const changes = collectStatusChanges([
		{ id: 'a', name: 'A', history: [{ date: '2023-12-01', change: 'old' }] },
		{
			id: 'b',
			name: 'B',
			history: [
				{ date: '2025-08-22', change: 'new' },
				{ date: '2024-01-22', change: 'mid' },
			],
		},
	]);
	assert.deepEqual(
		changes.map((change) => change.change),
		['new', 'mid', 'old'],
	);
	assert.equal(changes[0]?.toolId, 'b');
});

test('history anchors are stable and unique per tool', async () => {
	const { historyAnchors } = await import('../../src/lib/status-changes.ts');
	assert.deepEqual(
		historyAnchors([
			{ date: '2024-01-22', change: 'a' },
			{ date: '2024-01-22', change: 'b' },
			{ date: '2025-05', change: 'c' },
		]),
		['history-2024-01-22', 'history-2024-01-22-2', 'history-2025-05'],
	);
});

test('month-only dates become the first of the month in the feed', () => {
	const xml = renderAtomFeed({
		id: 'i',
		title: 't',
		selfUrl: 's',
		pageUrl: 'p',
		entries: [{ id: 'a', title: 'x', url: 'u', updated: '2025-05', summary: 's' }],
	});
	assert.match(xml, /<updated>2025-05-01T00:00:00Z<\/updated>/);
});

test('one day with several tools is listed once, tools under it, newest day first', () => {
	const days = changesByDay(
		collectStatusChanges([
			{ id: 'b', name: 'B', history: [{ date: '2024-01-22', change: 'b moved' }] },
			{ id: 'a', name: 'A', history: [{ date: '2024-01-22', change: 'a moved' }] },
			{ id: 'c', name: 'C', history: [{ date: '2025-05', change: 'c closed' }] },
		]),
	);
	assert.deepEqual(
		days.map((day) => [day.date, day.changes.map((change) => change.toolName)]),
		[
			['2025-05', ['C']],
			['2024-01-22', ['A', 'B']],
		],
	);
});
