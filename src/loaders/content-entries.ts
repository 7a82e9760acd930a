import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { FRESH_MONTHS, isStale } from '../lib/badges.ts';
import { findBadRawDates } from '../lib/raw-dates.ts';

/**
 * Loads the MDX files of one content folder, like Astro's glob loader, and then:
 * - fails on a date that is no real day (`reviewed: 2026-02-30`), which YAML would otherwise
 *   roll over to another day before the schema sees it;
 * - warns through Astro's logger about every entry reviewed more than six months ago. A stale
 *   review is not an error: the page says "may be out of date" and the build goes on.
 */
export function reviewedMdx(base: string): Loader {
	const inner = glob({ pattern: '*.mdx', base });
	return {
		name: 'ml-stack-guide:reviewed-mdx',
		load: async (context) => {
			await inner.load(context);
			const root = fileURLToPath(context.config.root);
			const entries = [...context.store.values()];

			const faults: string[] = [];
			for (const entry of entries) {
				if (!entry.filePath) continue;
				const source = await readFile(resolve(root, entry.filePath), 'utf8');
				for (const { field, value } of findBadRawDates(source)) {
					faults.push(
						`  ${entry.filePath}: ${field}: ${value} is not a real date (write YYYY-MM-DD)`,
					);
				}
			}
			if (faults.length > 0) {
				throw new Error(`Impossible dates in ${context.collection}:\n${faults.join('\n')}`);
			}

			const stale = entries
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
