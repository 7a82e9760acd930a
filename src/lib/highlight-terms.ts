/** At most this many words are highlighted, each at least three characters long. */
const MAX_TERMS = 6;

/**
 * The words to highlight from a `highlight` URL parameter: split on spaces, trimmed of
 * punctuation, lower-cased, deduplicated, never more than six nor longer than 40 characters.
 * Words under three letters ("in", "vs") are left out: they would light up half the page.
 */
export function highlightTerms(value: string | null): string[] {
	if (!value) return [];
	const words = value
		.toLowerCase()
		.split(/\s+/)
		.map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').slice(0, 40))
		.filter((word) => word.length >= 3);
	return [...new Set(words)].slice(0, MAX_TERMS);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Start and end offsets of each term's whole-word matches in a text (a term may take a
 * plural "s"), in order and not overlapping; longer terms win where two could match.
 */
export function findMatches(text: string, terms: string[]): [number, number][] {
	if (terms.length === 0) return [];
	const alternatives = [...terms].sort((a, b) => b.length - a.length).map(escapeRegExp);
	const pattern = new RegExp(
		`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})s?(?![\\p{L}\\p{N}])`,
		'giu',
	);
	return [...text.matchAll(pattern)].map((match) => [match.index, match.index + match[0].length]);
}
