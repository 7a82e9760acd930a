import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { FRESH_MONTHS, isStale } from '../lib/badges.ts';

/**
 * Loads the MDX files of one content folder, like Astro's glob loader, then warns through
 * Astro's logger about every entry whose `reviewed` date is more than six months old. A stale
 * review is not an error: the page says "may be out of date" and the build goes on.
 */
export function reviewedMdx(base: string): Loader {
	const inner = glob({ pattern: '*.mdx', base });
	return {
		name: 'ml-stack-guide:reviewed-mdx',
		load: async (context) => {
			await inner.load(context);
			const stale = context.store
				.values()
				.filter(
					(entry) => typeof entry.data['reviewed'] === 'string' && isStale(entry.data['reviewed']),
				)
				.map(
					(entry) => `${entry.filePath ?? entry.id} (reviewed ${String(entry.data['reviewed'])})`,
				);
			if (stale.length > 0) {
				context.logger.warn(
					`${stale.length} ${context.collection} entries were reviewed more than ${FRESH_MONTHS} months ago and show "may be out of date": ${stale.join(', ')}`,
				);
			}
		},
	};
}
