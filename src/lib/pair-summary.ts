import type { ExportedTool } from './catalogue-export.ts';
import { statusLabel } from './badges.ts';
import {
	licenceKindLabels,
	type HostingMode,
	type LicenceKind,
	type StatusState,
	type TeamKind,
} from '../schemas/vocabulary.ts';

export interface PairSummary {
	summary: string;
	/** "Choose X when …" for each tool, keyed by tool id. */
	choose: Record<string, string>;
	/** Each tool's listed strengths, keyed by tool id. */
	stronger: Record<string, string[]>;
}

/** Statuses under which a tool is no choice for new work. */
const retired = new Set(['archived', 'deprecated', 'hosted-discontinued']);

/** "a, b or c", for readable lists of alternatives. */
export function joinOr(items: string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

/** How each hosting mode reads after "runs". */
const runs: Record<HostingMode, string> = {
	'self-hosted': 'self-hosted',
	managed: 'as a managed service',
	'kubernetes-native': 'natively on Kubernetes',
	library: 'as a library in your code',
};

function profile(tool: ExportedTool): string {
	const kind = licenceKindLabels[tool.licenceKind as LicenceKind].toLowerCase();
	const licence = tool.licence === 'proprietary' ? kind : `${kind} (${tool.licence})`;
	const hosting = joinOr(tool.hosting.map((mode) => runs[mode as HostingMode] ?? mode));
	return `${tool.name} is ${licence} and runs ${hosting}`;
}

/** Team labels as they read mid-sentence: product names keep their capitals. */
const teamPhrases: Record<TeamKind, string> = {
	kubernetes: 'Kubernetes experts',
	python: 'Python engineers',
	data: 'data engineers',
};

function teamsOf(tool: ExportedTool): string[] {
	return tool.teams.map((team) => teamPhrases[team as TeamKind] ?? team);
}

function chooseLine(tool: ExportedTool, other: ExportedTool): string {
	if (retired.has(tool.status)) {
		const status = statusLabel(tool.status as StatusState, tool.statusReported).toLowerCase();
		return `Only to keep an existing ${tool.name} deployment running: its status is ${status}, so choose ${other.name} or another tool for new work.`;
	}
	// Name a team only when the tool's main team is one the other tool does not list.
	const main = teamsOf(tool)[0];
	const team = main && !teamsOf(other).includes(main) ? ` It suits ${main} best.` : '';
	const kind = licenceKindLabels[tool.licenceKind as LicenceKind].toLowerCase();
	const licence = tool.licenceKind !== other.licenceKind ? ` Its licence is ${kind}.` : '';
	return `Choose ${tool.name} when its strengths are what you need most (listed above).${team}${licence}`;
}

/**
 * A comparison written from facts alone, for pairs nobody has written a verdict for yet:
 * licence and hosting side by side, each tool's listed strengths, who it fits, and a warning
 * instead of a recommendation for a tool that is archived or whose service closed.
 */
export function summarisePair(
	a: ExportedTool,
	b: ExportedTool,
	strengths: Record<string, string[]>,
): PairSummary {
	return {
		summary: `${profile(a)}; ${profile(b)}. No written verdict yet: this comparison is generated from the facts on both tool pages.`,
		choose: { [a.id]: chooseLine(a, b), [b.id]: chooseLine(b, a) },
		stronger: { [a.id]: strengths[a.id] ?? [], [b.id]: strengths[b.id] ?? [] },
	};
}
