import { z } from 'astro/zod';

/** One entry of `content/glossary.yaml`; its id is the anchor on `/glossary/`. */
export const glossaryTermSchema = z.object({
	term: z.string().min(2),
	aliases: z.array(z.string()).default([]),
	definition: z.string().min(30),
	layer: z.enum(['features', 'serving', 'monitoring', 'streaming']).optional(),
});
