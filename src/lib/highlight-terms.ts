/** At most this many words are highlighted, each at least two characters long. */
const MAX_TERMS = 6;

/**
 * The words to highlight from a `highlight` URL parameter: split on spaces, trimmed of
 * punctuation, lower-cased, deduplicated, never more than six nor longer than 40 characters.
 */
export function highlightTerms(value: string | null): string[] {
	if (!value) return [];
	const words = value
		.toLowerCase()
		.split(/\s+/)
		.map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').slice(0, 40))
		.filter((word) => word.length >= 2);
	return [...new Set(words)].slice(0, MAX_TERMS);
}

/** Start and end offsets of each term's matches in a text, in order and not overlapping. */
export function findMatches(text: string, terms: string[]): [number, number][] {
	if (terms.length === 0) return [];
	const lower = text.toLowerCase();
	const matches: [number, number][] = [];
	let at = 0;
	while (at < lower.length) {
		let best: [number, number] | null = null;
		for (const term of terms) {
			const found = lower.indexOf(term, at);
			if (found !== -1 && (!best || found < best[0])) best = [found, found + term.length];
		}
		if (!best) break;
		matches.push(best);
		at = best[1];
	}
	return matches;
}
