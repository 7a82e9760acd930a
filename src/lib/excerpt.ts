import { decodeEntities } from './html-text.ts';

/** One run of a search excerpt: text, and whether Pagefind marked it as a match. */
export interface ExcerptPart {
	text: string;
	marked: boolean;
}

/**
 * Splits a Pagefind excerpt into text runs. Only its <mark> tags are honoured; anything else
 * that looks like markup stays text, so an excerpt can never add elements to the page.
 */
export function parseExcerpt(excerpt: string): ExcerptPart[] {
	const parts: ExcerptPart[] = [];
	let marked = false;
	for (const piece of excerpt.split(/(<\/?mark>)/)) {
		if (piece === '<mark>') marked = true;
		else if (piece === '</mark>') marked = false;
		else if (piece !== '') {
			parts.push({
				text: decodeEntities(piece),
				marked,
			});
		}
	}
	return parts;
}

/**
 * Adds `highlight=<query>` to a result URL, before its #fragment, so the page it opens can mark
 * the words searched for and still scroll to the section.
 */
export function withHighlight(url: string, query: string): string {
	const terms = query.trim();
	if (terms === '') return url;
	const hashAt = url.indexOf('#');
	const path = hashAt === -1 ? url : url.slice(0, hashAt);
	const hash = hashAt === -1 ? '' : url.slice(hashAt);
	const joiner = path.includes('?') ? '&' : '?';
	return `${path}${joiner}highlight=${encodeURIComponent(terms)}${hash}`;
}
