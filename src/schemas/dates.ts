import { z } from 'astro/zod';

/** True for a YYYY-MM-DD string naming a day that exists (no 2026-02-30). */
export function isCalendarDate(value: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	const parsed = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** A calendar date written as YYYY-MM-DD in frontmatter, kept as a string so it never shifts. */
export const isoDate = z
	.union([z.string(), z.date()])
	.transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value))
	.refine(isCalendarDate, { message: 'must be a real date written as YYYY-MM-DD' });

/** An ISO date that is not later than today: a review cannot happen in the future. */
export const pastDate = isoDate.refine((value) => value <= new Date().toISOString().slice(0, 10), {
	message: 'is in the future: a review date must be today or earlier',
});
