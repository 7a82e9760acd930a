import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { file } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';
import { findGlossaryIdFaults } from '../lib/glossary-ids.ts';

/**
 * Loads the glossary like Astro's file loader, after refusing a list with a missing, malformed
 * or repeated id: the file loader would keep the last duplicate and drop the first unseen.
 */
export function glossaryFile(path: string): Loader {
	const inner = file(path);
	return {
		name: 'ml-stack-guide:glossary-file',
		load: async (context) => {
			const text = await readFile(resolve(fileURLToPath(context.config.root), path), 'utf8');
			const faults = findGlossaryIdFaults(parse(text));
			if (faults.length > 0) {
				const lines = faults.map((fault) => `  ${path}: ${fault.field}: ${fault.message}`);
				throw new Error(`The glossary has bad ids:\n${lines.join('\n')}`);
			}
			await inner.load(context);
		},
	};
}
