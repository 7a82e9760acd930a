import { decodeEntities } from './html-text.ts';

/**
 * Markdown bodies arrive as HTML that Astro rendered once, at content sync, and cached: far
 * cheaper at scale than compiling each MDX body into a module (at 1,000 tools the build's Vite
 * phase fell from about 6 s to 1 s). Pages then give that HTML the two things MDX components
 * gave it before: linkable headings and links that respect the base path.
 *
 * The input is the Markdown processor's own output, so the patterns below only need to match
 * the shapes it writes: `<h2 id="…">…</h2>` and `<a href="…">`. A heading in any other shape
 * is left as it is, and the site check then fails the build because it has no link to itself.
 */
export type ProsePart =
	{ kind: 'html'; html: string } | { kind: 'heading'; level: 2 | 3 | 4; id: string; html: string };

const HEADING = /<h([234]) id="([^"]*)">([\s\S]*?)<\/h\1>/g;

/** Splits rendered HTML at its h2–h4 headings, so each can be drawn as a linkable heading. */
export function splitAtHeadings(html: string): ProsePart[] {
	const parts: ProsePart[] = [];
	let from = 0;
	for (const match of html.matchAll(HEADING)) {
		if (match.index > from) parts.push({ kind: 'html', html: html.slice(from, match.index) });
		parts.push({
			kind: 'heading',
			level: Number(match[1]) as 2 | 3 | 4,
			id: decodeEntities(match[2] ?? ''),
			html: match[3] ?? '',
		});
		from = match.index + match[0].length;
	}
	if (from < html.length) parts.push({ kind: 'html', html: html.slice(from) });
	return parts;
}

const ROOT_LINK = /(<a\b[^>]*?\shref=")(\/(?!\/)[^"]*)"/g;

/**
 * Rewrites links written from the site root ("/tools/feast/") with `toSite`, which adds the
 * base path; other links (other sites, "#section", "//host") pass unchanged.
 */
export function rebaseRootLinks(html: string, toSite: (path: string) => string): string {
	return html.replace(ROOT_LINK, (_, start: string, path: string) => `${start}${toSite(path)}"`);
}
