import {
	licenceKindLabels,
	statusLabels,
	type LicenceKind,
	type StatusState,
} from '../schemas/vocabulary.ts';
import type { ToolFacts } from '../decision/engine.ts';

export type BadgeTone = 'ok' | 'warn' | 'bad' | 'info';

export interface Badge {
	label: string;
	tone: BadgeTone;
	/** Whether the badge speaks of the tool's status or of its licence. */
	about: 'status' | 'licence';
	/** Why a reader should care, used as the badge's description. */
	meaning: string;
}

const statusBadges: Record<StatusState, Omit<Badge, 'label' | 'about'> | null> = {
	active: null,
	acquired: { tone: 'warn', meaning: 'Changed owner; check that roadmap and pricing still fit.' },
	'community-maintained': {
		tone: 'warn',
		meaning: 'No company behind it any more; volunteers keep it going. Treat as at risk.',
	},
	'hosted-discontinued': {
		tone: 'bad',
		meaning: 'The hosted service has closed; only a self-hosted route remains.',
	},
	deprecated: { tone: 'bad', meaning: 'Its owner tells users to move to something else.' },
	archived: { tone: 'bad', meaning: 'No longer maintained; do not start new work on it.' },
};

/** A status as readers see it, marked "(reported)" while only secondary sources state it. */
export function statusLabel(state: StatusState, reported: boolean): string {
	return reported ? `${statusLabels[state]} (reported)` : statusLabels[state];
}

/**
 * The badges a tool shows wherever it is listed: its status when it is not plainly active, and
 * its licence when it is not open source. Derived from frontmatter only.
 */
export function badgesFor(tool: {
	status: { state: StatusState; reported?: boolean };
	licence: { kind: LicenceKind };
}): Badge[] {
	const badges: Badge[] = [];
	const status = statusBadges[tool.status.state];
	if (status) {
		badges.push({
			label: statusLabel(tool.status.state, tool.status.reported ?? false),
			about: 'status',
			...status,
			meaning: tool.status.reported
				? `${status.meaning} Reported by secondary sources, not announced by the companies.`
				: status.meaning,
		});
	}
	if (tool.licence.kind === 'source-available') {
		badges.push({
			label: 'Source-available licence',
			about: 'licence',
			tone: 'warn',
			meaning: 'The code is public but the licence is not open source; read its terms.',
		});
	} else if (tool.licence.kind === 'proprietary') {
		badges.push({
			label: licenceKindLabels.proprietary,
			about: 'licence',
			tone: 'info',
			meaning: 'Commercial product; paid plans.',
		});
	}
	return badges;
}

/** How many months a review stays fresh before a page says it may be out of date. */
export const FRESH_MONTHS = 6;

/** True when a review date (YYYY-MM-DD) is more than six months before `today`. */
export function isStale(reviewed: string, today: Date = new Date()): boolean {
	const limit = new Date(
		Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - FRESH_MONTHS, today.getUTCDate()),
	);
	return reviewed < limit.toISOString().slice(0, 10);
}

/** The same badges for a tool as the decision widget knows it (its facts, not frontmatter). */
export function badgesForFacts(tool: ToolFacts): Badge[] {
	return badgesFor({
		status: { state: tool.status, reported: tool.statusReported },
		licence: { kind: tool.licenceKind },
	});
}
