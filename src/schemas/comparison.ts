import { z } from 'astro/zod';
import { pastDate } from './dates.ts';

/**
 * The schema of `content/comparisons/<a>-vs-<b>.md`: a written verdict for one pair of tools.
 * The tool reference is passed in so the schema stays free of `astro:content`.
 */
export function createComparisonSchema<T extends z.ZodType>(toolRef: T) {
	return z.object({
		tools: z.tuple([toolRef, toolRef]),
		summary: z.string().min(20).max(240),
		choose: z.record(z.string(), z.string().min(20)),
		reviewed: pastDate,
	});
}
