import { readdir, readFile } from 'node:fs/promises';
import { parse, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { FRESH_MONTHS, isStale } from '../lib/badges.ts';
import { findBadRawDates } from '../lib/raw-dates.ts';

/** Markdown, or MDX for a body that needs a component. */
const PATTERN = '*.{md,mdx}';

/**
 * Fails when two files of a folder would become one entry (`feast.md` and `feast.mdx`): the
 * glob loader would keep one and drop the other with only a warning.
 */
async function refuseSharedIds(folder: string): Promise<void> {
	const byId = new Map<string, string[]>();
	for (const name of await readdir(folder)) {
		if (!/\.mdx?$/.test(name)) continue;
		const id = parse(name).name;
		byId.set(id, [...(byId.get(id) ?? []), name]);
	}
	const shared = [...byId].filter(([, names]) => names.length > 1);
	if (shared.length > 0) {
		const lines = shared.map(
			([id, names]) =>
				`  ${folder}/${names.join(' and ')}: file name: both make the entry "${id}"; keep one`,
		);
		throw new Error(`Two files for one entry:\n${lines.join('\n')}`);
	}
}

/**
 * Loads the Markdown and MDX files of one content folder, like Astro's glob loader, after
 * refusing two files with one id. With `reviewed` (tools and comparisons), it then:
 * - fails on a date that is no real day (`reviewed: 2026-02-30`), which YAML would otherwise
 *   roll over to another day before the schema sees it;
 * - warns through Astro's logger about every entry reviewed more than six months ago. A stale
 *   review is not an error: the page says "may be out of date" and the build goes on.
 */
export function contentEntries(base: string, { reviewed = false } = {}): Loader {
	const inner = glob({ pattern: PATTERN, base });
	return {
		name: 'ml-stack-guide:content-entries',
		load: async (context) => {
			const root = fileURLToPath(context.config.root);
			await refuseSharedIds(resolve(root, base));
			await inner.load(context);
			if (!reviewed) return;
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
