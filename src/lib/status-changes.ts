/** One dated status change of one tool, as listed on "What changed" and in its feed. */
export interface StatusChange {
	date: string;
	change: string;
	source?: string | undefined;
	toolId: string;
	toolName: string;
}

/**
 * Gathers every tool's history into one list, newest first; changes on the same day keep
 * alphabetical order of tool name so the page and the feed are stable between builds.
 */
export function collectStatusChanges(
	tools: {
		id: string;
		name: string;
		history: { date: string; change: string; source?: string | undefined }[];
	}[],
): StatusChange[] {
	return tools
		.flatMap((tool) =>
			tool.history.map((entry) => ({ ...entry, toolId: tool.id, toolName: tool.name })),
		)
		.sort((a, b) => b.date.localeCompare(a.date) || a.toolName.localeCompare(b.toolName, 'en'));
}
