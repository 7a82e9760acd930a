import { z } from 'astro/zod';

/** The schema of `content/layers/*.md`: one page per layer of the stack. */
export const layerSchema = z.object({
	title: z.string().min(3),
	/** Short name used in navigation and badges ("Features"). */
	shortTitle: z.string().min(3),
	order: z.number().int().min(1),
	summary: z.string().min(20).max(200),
	problem: z.string().min(20),
	solution: z.string().min(10),
	take: z.string().min(20),
});
