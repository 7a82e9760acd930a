import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { decodeEntities } from '../lib/html-text.ts';
import { redirectPageHtml, redirectSources } from '../lib/redirect-page.ts';
import { listBuiltFiles, siteBase } from './built-pages.ts';

/**
 * Writes a redirecting page at every address a built page lists in a `redirect-from` meta
 * (a comparison at its reversed slug, /compare/tecton-vs-feast/). Doing this after the build
 * instead of as Astro pages saves a page render per alias, about a thousand at a thousand tools.
 * It must run before the site check, which then checks the stubs' links like any page's.
 */
export function redirectStubs(): AstroIntegration {
	let base = '/';
	return {
		name: 'ml-stack-guide:redirect-stubs',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = siteBase(config.base);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const log = logger.fork('redirect-stubs');
				const root = fileURLToPath(dir);
				const written = new Map<string, string>();
				for (const entry of await listBuiltFiles(root, base)) {
					if (entry.name !== 'index.html') continue;
					const html = readFileSync(entry.file, 'utf8');
					const sources = redirectSources(html);
					if (sources.length === 0) continue;
					const to = entry.path.slice(0, -'index.html'.length);
					const canonical = /<link rel="canonical" href="([^"]+)">/.exec(html)?.[1];
					const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
					const heading = /<meta property="og:title" content="([^"]*)">/.exec(html)?.[1];
					if (!canonical || title === undefined || heading === undefined) {
						throw new Error(`${entry.path} asks for redirects but lacks a canonical link or title`);
					}
					for (const source of sources) {
						if (!source.startsWith(base) || !source.endsWith('/') || source.includes('..')) {
							throw new Error(
								`${entry.path}: redirect-from ${source} is not a folder under ${base}`,
							);
						}
						const file = join(root, source.slice(base.length), 'index.html');
						const other = written.get(file);
						if (other) throw new Error(`${other} and ${to} both redirect from ${source}`);
						// A real page at that address wins; refusing keeps an alias from hiding it.
						if (existsSync(file))
							throw new Error(`${to} redirects from ${source}, which is a page of its own`);
						mkdirSync(join(file, '..'), { recursive: true });
						writeFileSync(
							file,
							redirectPageHtml({
								to,
								canonical: decodeEntities(canonical),
								title: decodeEntities(title),
								heading: decodeEntities(heading),
							}),
						);
						written.set(file, to);
					}
				}
				log.info(`wrote ${written.size} redirecting pages`);
			},
		},
	};
}
