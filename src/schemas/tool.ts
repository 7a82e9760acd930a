import { z } from 'astro/zod';
import {
	hostingModes,
	licenceKinds,
	scaleBands,
	sourceAvailableLicences,
	statusStates,
	teamKinds,
} from './vocabulary.ts';
import { isoDate, pastDate } from './dates.ts';

const source = z.object({
	title: z.string().min(3),
	url: z.url({ protocol: /^https$/ }),
});

const historyEntry = z.object({
	date: isoDate,
	change: z.string().min(10),
	source: z.url({ protocol: /^https$/ }).optional(),
});

/**
 * The schema of `content/tools/*.mdx`. References to layers and other tools are passed in, so
 * the schema stays free of `astro:content` and can be unit-tested.
 */
export function createToolSchema<L extends z.ZodType, T extends z.ZodType>(refs: {
	layer: L;
	tool: T;
}) {
	return z
		.object({
			name: z.string().min(2),
			layer: refs.layer,
			secondLayer: refs.layer.optional(),
			summary: z.string().min(20).max(200),
			licence: z.object({
				id: z.string().min(2),
				kind: z.enum(licenceKinds),
				note: z.string().optional(),
			}),
			owner: z.string().min(2),
			hosting: z.array(z.enum(hostingModes)).min(1),
			languages: z.array(z.string()).min(1),
			website: z.url({ protocol: /^https$/ }),
			docs: z.url({ protocol: /^https$/ }).optional(),
			repository: z.url({ protocol: /^https$/ }).optional(),
			status: z.object({
				state: z.enum(statusStates),
				note: z.string().min(10),
			}),
			reviewed: pastDate,
			sources: z.array(source).min(1),
			strengths: z.array(z.string()).min(2),
			tradeoffs: z.array(z.string()).min(2),
			fit: z.object({
				teams: z.array(z.enum(teamKinds)).min(1),
				scale: z.array(z.enum(scaleBands)).min(1),
			}),
			alternatives: z.array(refs.tool).default([]),
			history: z.array(historyEntry).default([]),
		})
		.superRefine((tool, ctx) => {
			const sourceAvailable = (sourceAvailableLicences as readonly string[]).includes(
				tool.licence.id,
			);
			if (sourceAvailable && tool.licence.kind !== 'source-available') {
				ctx.addIssue({
					code: 'custom',
					path: ['licence', 'kind'],
					message: `${tool.licence.id} is a source-available licence, not open source: set kind to "source-available"`,
				});
			}
			if (tool.licence.id === 'proprietary' && tool.licence.kind !== 'proprietary') {
				ctx.addIssue({
					code: 'custom',
					path: ['licence', 'kind'],
					message: 'a proprietary licence must have kind "proprietary"',
				});
			}
		});
}
