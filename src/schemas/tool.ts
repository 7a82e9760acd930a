import { z } from 'astro/zod';
import {
	hostingModes,
	licenceKinds,
	scaleBands,
	sourceAvailableLicences,
	statusStates,
	teamKinds,
} from './vocabulary.ts';
import { historyDate, pastDate } from './dates.ts';

/** Text that says something: trimmed, and at least `min` characters once trimmed. */
const text = (min = 1) => z.string().trim().min(min);

/** A list whose entries are all different, so nothing shows twice on a page. */
const distinct = <T extends z.ZodType>(item: T) =>
	z
		.array(item)
		.refine((items) => new Set(items.map((entry) => JSON.stringify(entry))).size === items.length, {
			message: 'lists the same value twice',
		});

const https = () => z.url({ protocol: /^https$/ });

const source = z.strictObject({
	title: text(3),
	url: https(),
});

const historyEntry = z.strictObject({
	date: historyDate,
	change: text(10),
	// A dated change with nothing to check it against is the stale claim the guide exists to avoid.
	source: https(),
});

/**
 * The schema of `content/tools/*.md`. References to layers and other tools are passed in, so
 * the schema stays free of `astro:content` and can be unit-tested.
 */
export function createToolSchema<L extends z.ZodType, T extends z.ZodType>(refs: {
	layer: L;
	tool: T;
}) {
	// Strict objects: a misspelt key (`secondlayer:`) is an error, not a silently lost fact.
	return z
		.strictObject({
			name: text(2),
			layer: refs.layer,
			secondLayer: refs.layer.optional(),
			summary: text(20).max(200),
			licence: z.strictObject({
				id: text(2),
				kind: z.enum(licenceKinds),
				note: text().optional(),
			}),
			owner: text(2),
			hosting: distinct(z.enum(hostingModes)).min(1),
			languages: distinct(text()).min(1),
			website: https(),
			docs: https().optional(),
			repository: https().optional(),
			status: z.strictObject({
				state: z.enum(statusStates),
				note: text(10),
				/**
				 * True while the change rests on secondary reports (news, a third party's docs) and
				 * not on an announcement by the companies involved; readers then see "(reported)".
				 */
				reported: z.boolean().default(false),
			}),
			reviewed: pastDate,
			sources: z.array(source).min(1),
			strengths: distinct(text()).min(2),
			tradeoffs: distinct(text()).min(2),
			fit: z.strictObject({
				teams: distinct(z.enum(teamKinds)).min(1),
				scale: distinct(z.enum(scaleBands)).min(1),
			}),
			alternatives: distinct(refs.tool).default([]),
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
