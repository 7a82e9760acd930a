/** One dated status change of one tool, as listed on "What changed" and in its feed. */
export interface StatusChange {
	date: string;
	change: string;
	source?: string | undefined;
	toolId: string;
	toolName: string;
	/** The change's anchor on its tool page, stable while its date stays the same. */
	anchor: string;
}

type HistoryEntry = { date: string; change: string; source?: string | undefined };

/**
 * Anchors for a tool's history entries, in order: `history-2024-01-22`, with `-2`, `-3` for
 * further changes on the same date.
 */
export function historyAnchors(history: HistoryEntry[]): string[] {
	const seen = new Map<string, number>();
	return history.map((entry) => {
		const count = (seen.get(entry.date) ?? 0) + 1;
		seen.set(entry.date, count);
		return count === 1 ? `history-${entry.date}` : `history-${entry.date}-${count}`;
	});
}

/**
 * Gathers every tool's history into one list, newest first; changes on the same day keep
 * alphabetical order of tool name so the page and the feed are stable between builds.
 */
export function collectStatusChanges(
	tools: { id: string; name: string; history: HistoryEntry[] }[],
): StatusChange[] {
	return tools
		.flatMap((tool) => {
			const anchors = historyAnchors(tool.history);
			return tool.history.map((entry, index) => ({
				...entry,
				toolId: tool.id,
				toolName: tool.name,
				anchor: anchors[index] ?? `history-${entry.date}`,
			}));
		})
		.sort((a, b) => b.date.localeCompare(a.date) || a.toolName.localeCompare(b.toolName, 'en'));
}

/** The changes of one day: usually one event seen from each tool it touched. */
export interface ChangeDay {
	date: string;
	changes: StatusChange[];
}

/**
 * Groups a newest-first list of changes by date, so one event that several tools record
 * (Seldon's licence change touched three) is listed once with each tool's line under it.
 */
export function changesByDay(changes: StatusChange[]): ChangeDay[] {
	const days: ChangeDay[] = [];
	for (const change of changes) {
		const last = days.at(-1);
		if (last?.date === change.date) last.changes.push(change);
		else days.push({ date: change.date, changes: [change] });
	}
	return days;
}
