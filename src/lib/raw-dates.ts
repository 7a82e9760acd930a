import { isCalendarDate } from '../schemas/dates.ts';

export interface RawDateFault {
	field: string;
	value: string;
}

/**
 * Finds dates in a content file's frontmatter text that are not real calendar days. YAML turns
 * an unquoted `2026-02-30` into 2 March before any schema sees it, so the text itself is read:
 * `reviewed:` and each history entry's `date:`. History dates may give only a month (2025-05).
 */
export function findBadRawDates(source: string): RawDateFault[] {
	const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
	const faults: RawDateFault[] = [];
	let historyIndex = -1;
	let inHistory = false;
	for (const line of frontmatter.split(/\r?\n/)) {
		if (/^\S/.test(line)) inHistory = /^history:/.test(line);
		const reviewed = /^reviewed:\s*['"]?([^'"#\s]+)/.exec(line);
		if (reviewed?.[1] && !isCalendarDate(reviewed[1])) {
			faults.push({ field: 'reviewed', value: reviewed[1] });
		}
		if (!inHistory) continue;
		if (/^\s*-\s/.test(line)) historyIndex += 1;
		const date = /^\s*(?:-\s+)?date:\s*['"]?([^'"#\s]+)/.exec(line);
		if (date?.[1] && !isCalendarDate(date[1]) && !isCalendarMonth(date[1])) {
			faults.push({ field: `history[${historyIndex}].date`, value: date[1] });
		}
	}
	return faults;
}

/** True for YYYY-MM naming a real month. */
export function isCalendarMonth(value: string): boolean {
	return /^\d{4}-\d{2}$/.test(value) && isCalendarDate(`${value}-01`);
}
