import { readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'yaml';
import { contentRoot } from '../lib/content-root.ts';
import { linkFirstUses, type LinkableTerm } from '../lib/glossary-links.ts';
import { joinBase } from '../lib/urls.ts';
import { listBuiltFiles, siteBase } from './built-pages.ts';

/**
 * After the build, links the first use of each glossary term in every page's main content to
 * its entry on /glossary/. It works on the built HTML so that MDX bodies, generated sections
 * and comparisons all get the same treatment; the glossary page itself is left alone.
 */
export function glossaryLinks(): AstroIntegration {
	let base = '/';
	return {
		name: 'ml-stack-guide:glossary-links',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = siteBase(config.base);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const log = logger.fork('glossary-links');
				const started = performance.now();
				const entries = parse(await readFile(join(contentRoot, 'glossary.yaml'), 'utf8')) as {
					id: string;
					term: string;
					aliases?: string[];
				}[];
				const terms: LinkableTerm[] = entries.map((entry) => ({
					id: entry.id,
					phrases: [entry.term, ...(entry.aliases ?? [])],
				}));
				const hrefFor = (id: string) => joinBase(base, `glossary#${id}`);
				const root = fileURLToPath(dir);
				let pages = 0;
				let links = 0;
				for (const entry of await listBuiltFiles(root, base)) {
					if (entry.name !== 'index.html') continue;
					const path = entry.file;
					if (path === join(root, 'glossary', 'index.html')) continue;
					const html = readFileSync(path, 'utf8');
					const start = html.search(/<article[^>]*data-pagefind-body/);
					const end = html.indexOf('</article>', start);
					if (start === -1 || end === -1) continue;
					const body = html.slice(start, end);
					const linked = linkFirstUses(body, terms, hrefFor);
					if (linked === body) continue;
					links +=
						(linked.match(/class="term-link"/g)?.length ?? 0) -
						(body.match(/class="term-link"/g)?.length ?? 0);
					pages += 1;
					writeFileSync(path, html.slice(0, start) + linked + html.slice(end));
				}
				const seconds = ((performance.now() - started) / 1000).toFixed(2);
				log.info(`linked ${links} first uses of glossary terms on ${pages} pages in ${seconds}s`);
			},
		},
	};
}
