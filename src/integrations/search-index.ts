import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Indexes the built site with Pagefind's Node API once Astro has written every page, so
 * `npm run build` alone produces a searchable site. Pages mark their main content with
 * `data-pagefind-body`; navigation, footers and the like are not indexed.
 *
 * The index files are taken from Pagefind in memory and written here, then read back and
 * compared, instead of trusting `writeFiles()`: on busy machines it could resolve before its
 * files were flushed, leaving a truncated index (Pagefind issue 1271).
 */
export function searchIndex(): AstroIntegration {
	return {
		name: 'ml-stack-guide:search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const log = logger.fork('search-index');
				const started = performance.now();
				const site = fileURLToPath(dir);
				const output = join(site, 'pagefind');

				const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
				if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
				try {
					const added = await index.addDirectory({ path: site });
					if (added.errors.length > 0) {
						throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
					}
					const files = await index.getFiles();
					if (files.errors.length > 0) throw new Error(files.errors.join('; '));
					const pages = indexedPages(files.files);
					if (pages === 0) {
						throw new Error('Pagefind found no page with data-pagefind-body to index');
					}

					await rm(output, { recursive: true, force: true });
					let bytes = 0;
					for (const file of files.files) {
						const target = join(output, file.path);
						await mkdir(dirname(target), { recursive: true });
						await writeFile(target, file.content);
						bytes += file.content.byteLength;
					}
					await verifyWritten(output, files.files);

					const seconds = ((performance.now() - started) / 1000).toFixed(2);
					const kib = (bytes / 1024).toFixed(0);
					log.info(
						`indexed ${pages} of ${added.page_count} pages into ${files.files.length} files (${kib} KiB) in ${seconds}s`,
					);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}

/** Reads every written index file back and fails the build if any differs from Pagefind's copy. */
async function verifyWritten(output: string, files: { path: string; content: Uint8Array }[]) {
	for (const file of files) {
		const written = await readFile(join(output, file.path));
		if (!Buffer.from(file.content).equals(written)) {
			throw new Error(`search index file ${file.path} was not written completely`);
		}
	}
}

/**
 * How many pages the index holds, from its entry file. Pagefind's own count is of every HTML
 * file it read, redirecting pages and the 404 included, which have nothing to index.
 */
function indexedPages(files: { path: string; content: Uint8Array }[]): number {
	const entry = files.find((file) => file.path.endsWith('pagefind-entry.json'));
	if (!entry) return 0;
	const parsed = JSON.parse(Buffer.from(entry.content).toString('utf8')) as {
		languages?: Record<string, { page_count?: number }>;
	};
	return Object.values(parsed.languages ?? {}).reduce(
		(sum, language) => sum + (language.page_count ?? 0),
		0,
	);
}
