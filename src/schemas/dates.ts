import { z } from 'astro/zod';

/** True for a YYYY-MM-DD string naming a day that exists (no 2026-02-30). */
export function isCalendarDate(value: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	const parsed = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** The furthest time zone ahead of UTC: Kiribati's Line Islands, UTC+14. */
const AHEAD_OF_UTC_MS = 14 * 60 * 60 * 1000;

/**
 * Today's date where the day is furthest along, so a reviewer east of UTC who writes down
 * their own today is never told it is in the future.
 */
const today = () => new Date(Date.now() + AHEAD_OF_UTC_MS).toISOString().slice(0, 10);

/** YAML reads an unquoted date as a Date; keep every date as its YYYY-MM-DD text instead. */
const dateText = z
	.union([z.string(), z.date()])
	.transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value));

/** A calendar date written as YYYY-MM-DD in frontmatter, kept as a string so it never shifts. */
export const isoDate = dateText.refine(isCalendarDate, {
	message: 'must be a real date written as YYYY-MM-DD',
});

/** An ISO date that is not later than today: a review cannot happen in the future. */
export const pastDate = isoDate.refine((value) => value <= today(), {
	message: 'is in the future: a review date must be today or earlier',
});

/**
 * The date of a status change: a day (YYYY-MM-DD), or only a month (YYYY-MM) when the sources
 * give no day, so no day is invented. Never in the future.
 */
export const historyDate = dateText
	.refine(
		(value) =>
			isCalendarDate(value) || (/^\d{4}-\d{2}$/.test(value) && isCalendarDate(`${value}-01`)),
		{
			message: 'must be a real date written as YYYY-MM-DD, or a month written as YYYY-MM',
		},
	)
	.refine((value) => value <= today(), { message: 'is in the future' });
