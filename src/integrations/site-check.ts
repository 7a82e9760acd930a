import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkSite, type PageHtml } from '../checks/site-check.ts';
import { contentRoot } from '../lib/content-root.ts';
import { listBuiltFiles, siteBase } from './built-pages.ts';

/** The content file a page is built from, so a broken link names the file to fix. */
export function sourceOfPage(path: string, base: string): string | null {
	const route = path.slice(base.length);
	const match = /^(tools|layers|guides|compare)\/([^/]+)\/$/.exec(route);
	if (!match) return null;
	const folder = match[1] === 'compare' ? 'comparisons' : match[1];
	const stem = `${contentRoot}/${folder}/${match[2]}`.replace(/^\.\//, '');
	// A page without a file of its own (a generated comparison) names the Markdown it would have.
	return existsSync(`${stem}.mdx`) ? `${stem}.mdx` : `${stem}.md`;
}

/**
 * Fails the build when a built page has a broken internal link or #anchor, a duplicate id, no
 * single h1, or a heading without a link to itself. Each problem names the page and, for pages
 * made from content, the file.
 */
export function siteCheck(): AstroIntegration {
	let base = '/';
	return {
		name: 'ml-stack-guide:site-check',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = siteBase(config.base);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const log = logger.fork('site-check');
				const started = performance.now();
				const root = fileURLToPath(dir);
				const built = await listBuiltFiles(root, base);
				const files = new Set(built.map((entry) => entry.path));
				const pages: PageHtml[] = [];
				for (const entry of built.filter((candidate) => candidate.name === 'index.html')) {
					pages.push({
						path: entry.path.replace(/index\.html$/, ''),
						html: readFileSync(entry.file, 'utf8'),
					});
				}
				const problems = checkSite(pages, files, base);
				if (problems.length > 0) {
					const lines = problems.map(({ page, problem, inContent }) => {
						const source = inContent ? sourceOfPage(page, base) : null;
						return source
							? `  ${source}: body: ${problem} (page ${page})`
							: `  ${page}: ${problem}`;
					});
					throw new Error(`The built site has ${problems.length} problem(s):\n${lines.join('\n')}`);
				}
				const seconds = ((performance.now() - started) / 1000).toFixed(2);
				log.info(
					`checked ${pages.length} pages and ${files.size} files: no broken links or ids (${seconds}s)`,
				);
			},
		},
	};
}
