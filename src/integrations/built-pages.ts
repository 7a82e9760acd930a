import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** One file of a finished build: where it is on disk and the site path it is served at. */
export interface BuiltFile {
	file: string;
	/** Site path with the base, e.g. `/guide/tools/feast/index.html`. */
	path: string;
	name: string;
}

/**
 * Every file under a build folder, with the path a reader would request it at.
 *
 * The passes that use this read and write thousands of small files one after another, and do
 * so with the synchronous fs calls: they cost about half as much per file as fs/promises, and
 * nothing else waits on the main thread while a build hook runs.
 */
export async function listBuiltFiles(root: string, base: string): Promise<BuiltFile[]> {
	const entries = await readdir(root, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile())
		.map((entry) => {
			const file = join(entry.parentPath, entry.name);
			return { file, name: entry.name, path: base + relative(root, file).split(sep).join('/') };
		});
}

/** Astro's `base` with exactly one trailing slash, as every built path starts. */
export function siteBase(base: string): string {
	return base.endsWith('/') ? base : `${base}/`;
}
