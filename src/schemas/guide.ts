import { z } from 'astro/zod';

/** The schema of `content/guides/*.md`: prose pages such as the decision framework. */
export const guideSchema = z.object({
	title: z.string().min(3),
	summary: z.string().min(20).max(200),
	order: z.number().int().min(1),
});
