import type { ExportedTool } from './catalogue-export.ts';
import {
	hostingLabels,
	licenceKindLabels,
	teamLabels,
	type HostingMode,
	type LicenceKind,
	type TeamKind,
} from '../schemas/vocabulary.ts';

export interface PairSummary {
	summary: string;
	/** "Choose X when …" for each tool, keyed by tool id. */
	choose: Record<string, string>;
	/** What each tool has that the other lacks, keyed by tool id. */
	stronger: Record<string, string[]>;
}

const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

function profile(tool: ExportedTool): string {
	const kind = licenceKindLabels[tool.licenceKind as LicenceKind].toLowerCase();
	const hosting = tool.hosting.map((mode) => hostingLabels[mode as HostingMode].toLowerCase());
	return `${tool.name} is ${kind} (${tool.licence}), ${hosting.join(' or ')}`;
}

/**
 * A comparison written from facts alone, for pairs nobody has written a verdict for yet:
 * licence and hosting side by side, each tool's listed strengths, and who it fits.
 */
export function summarisePair(
	a: ExportedTool,
	b: ExportedTool,
	strengths: Record<string, string[]>,
): PairSummary {
	const fits = (tool: ExportedTool) =>
		tool.teams.map((team) => teamLabels[team as TeamKind].toLowerCase());
	const choose = (tool: ExportedTool, other: ExportedTool) => {
		const own = (strengths[tool.id] ?? []).slice(0, 2).map(lower);
		const onlyHere = fits(tool).filter((team) => !fits(other).includes(team));
		const team = onlyHere.length > 0 ? `, especially if your team is ${onlyHere.join(' or ')}` : '';
		return `Choose ${tool.name} when you want ${own.join(' and ') || 'its approach'}${team}.`;
	};
	return {
		summary: `${profile(a)}; ${profile(b)}. Both are compared on the facts below; no written verdict yet.`,
		choose: { [a.id]: choose(a, b), [b.id]: choose(b, a) },
		stronger: { [a.id]: strengths[a.id] ?? [], [b.id]: strengths[b.id] ?? [] },
	};
}
