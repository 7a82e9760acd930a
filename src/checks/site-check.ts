/**
 * Checks a built site the way a reader's clicks would: every internal link and #anchor must
 * land somewhere, ids must be unique on a page, each page has one h1, and every h2–h4 in the
 * content carries an id and a link to itself. Works on HTML text, so it runs on any `dist/`.
 */
import { decodeEntities } from '../lib/html-text.ts';

export interface PageHtml {
	/** Site-relative URL path of the page, with the base: `/guide/tools/feast/`. */
	path: string;
	html: string;
}

export interface SiteProblem {
	page: string;
	problem: string;
	/** True when the fault sits in the page's main content (its MDX body, for content pages). */
	inContent: boolean;
}

/** Every id attribute on a page, in document order. */
export function idsOf(html: string): string[] {
	return [...html.matchAll(/\sid="([^"]*)"/g)].map((match) => decodeEntities(match[1] ?? ''));
}

/** Every href and src on a page with its offset, except inside inline scripts. */
export function linksOf(html: string): { link: string; at: number }[] {
	const blanked = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, (script) =>
		' '.repeat(script.length),
	);
	return [...blanked.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((match) => ({
		link: decodeEntities(match[1] ?? ''),
		at: match.index,
	}));
}

/** Offsets of the main content: the element marked data-pagefind-body, up to its close. */
function contentRange(html: string): [number, number] {
	const start = html.search(/<article[^>]*data-pagefind-body/);
	if (start === -1) return [-1, -1];
	return [start, html.indexOf('</article>', start)];
}

/**
 * Returns the problems found across the pages. `files` is the set of every file path in the
 * build (with the base), so links to assets, feeds and exports can be checked too.
 */
export function checkSite(pages: PageHtml[], files: Set<string>, base: string): SiteProblem[] {
	const problems: SiteProblem[] = [];
	const idsByPage = new Map(pages.map((page) => [page.path, new Set(idsOf(page.html))]));

	for (const page of pages) {
		const [contentStart, contentEnd] = contentRange(page.html);
		const inContent = (at: number) => at >= contentStart && at <= contentEnd;
		const report = (problem: string, at = -1) =>
			problems.push({ page: page.path, problem, inContent: inContent(at) });
		const ids = idsOf(page.html);
		const seen = new Set<string>();
		for (const match of page.html.matchAll(/\sid="([^"]*)"/g)) {
			const id = decodeEntities(match[1] ?? '');
			if (seen.has(id)) report(`id "${id}" is used twice`, match.index);
			seen.add(id);
		}
		const h1s = page.html.match(/<h1[\s>]/g)?.length ?? 0;
		if (h1s !== 1) report(`has ${h1s} h1 elements, not one`);

		for (const match of page.html.matchAll(/<(h[234])(\s[^>]*)?>/g)) {
			const attributes = match[2] ?? '';
			// Navigation and card headings label a box, not a section; they opt out by name.
			if (attributes.includes('data-no-anchor')) continue;
			const id = /\sid="([^"]*)"/.exec(attributes)?.[1];
			if (!id) {
				report(`an ${match[1]} has no id`, match.index);
				continue;
			}
			if (!page.html.includes(`href="#${id}"`)) {
				report(`heading #${decodeEntities(id)} has no link to itself`, match.index);
			}
		}

		for (const { link, at } of linksOf(page.html)) {
			const problem = checkLink(link, page.path, base, files, idsByPage, ids);
			if (problem) report(problem, at);
		}
	}
	return problems;
}

function checkLink(
	link: string,
	from: string,
	base: string,
	files: Set<string>,
	idsByPage: Map<string, Set<string>>,
	ownIds: string[],
): string | null {
	if (/^(https?:|mailto:|data:|javascript:)/i.test(link)) {
		return /^javascript:/i.test(link) ? `uses a javascript: link` : null;
	}
	if (link.startsWith('//')) return `protocol-relative link ${link}`;
	const url = new URL(link, `http://site${from}`);
	const fragment = url.hash ? decodeURIComponent(url.hash.slice(1)) : '';
	const path = decodeURIComponent(url.pathname);
	if (!path.startsWith(base)) return `link ${link} leaves the base path ${base}`;
	const target = path === from ? from : path;
	const isPage = target.endsWith('/');
	if (isPage && !idsByPage.has(target)) return `link ${link} points to a page that does not exist`;
	if (!isPage && !files.has(target)) return `link ${link} points to a file that does not exist`;
	if (fragment) {
		const ids = target === from ? new Set(ownIds) : idsByPage.get(target);
		if (ids && !ids.has(fragment)) return `link ${link} points to a missing anchor #${fragment}`;
	}
	if (isPage && !/\/$/.test(url.pathname)) return `link ${link} lacks the trailing slash`;
	return null;
}
