/** A glossary term as the linker needs it: its anchor and the phrases that name it. */
export interface LinkableTerm {
	id: string;
	phrases: string[];
}

/** Elements whose text must not gain links: links themselves, headings, code and controls. */
const NO_LINKS = new Set([
	'a',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'code',
	'pre',
	'script',
	'style',
	'button',
	'svg',
	'summary',
	'label',
	'select',
	'textarea',
	'title',
	'figcaption',
	'dt',
	'th',
	'legend',
	'option',
	'caption',
]);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Tags that never have a closing tag. */
const VOID = new Set(['br', 'img', 'hr', 'input', 'meta', 'link', 'wbr', 'source', 'area', 'col']);

/**
 * Links the first use of each glossary term in a fragment of HTML to its entry, once per term.
 * Only text outside links, headings, code, controls and badges is touched; only whole words
 * match (case-insensitive, longest phrase first, a plural "s" allowed); a capitalised phrase
 * right after a capitalised word is taken for part of a product name ("Vertex AI Feature
 * Store") and skipped. Tags are copied as they are.
 */
export function linkFirstUses(
	html: string,
	terms: LinkableTerm[],
	hrefFor: (id: string) => string,
): string {
	const phrases = terms
		.flatMap((term) => term.phrases.map((phrase) => ({ id: term.id, phrase })))
		.filter(({ phrase }) => phrase.trim().length >= 3)
		.sort((a, b) => b.phrase.length - a.phrase.length);
	if (phrases.length === 0) return html;
	const alternatives = phrases.map(({ phrase }) => escapeRegExp(phrase)).join('|');
	const pattern = new RegExp(`(?<![\\p{L}\\p{N}-])(${alternatives})(s?)(?![\\p{L}\\p{N}-])`, 'giu');
	const idOf = new Map(phrases.map(({ id, phrase }) => [phrase.toLowerCase(), id]));
	const linked = new Set<string>();
	// Open elements, each marked with whether it forbids links inside it.
	const open: { name: string; blocks: boolean }[] = [];

	return html.replace(
		/(<[^>]+>)|([^<]+)/g,
		(piece, tag: string | undefined, text: string | undefined) => {
			if (tag) {
				const match = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/.exec(tag);
				const name = match?.[2]?.toLowerCase();
				if (!match || !name || VOID.has(name) || tag.endsWith('/>')) return piece;
				if (match[1]) {
					const at = open.map((element) => element.name).lastIndexOf(name);
					if (at !== -1) open.splice(at);
				} else {
					const badge = /\sclass="[^"]*\b(badge|eyebrow)\b/.test(tag);
					open.push({ name, blocks: NO_LINKS.has(name) || badge });
				}
				return piece;
			}
			if (!text || open.some((element) => element.blocks)) return piece;
			return text.replace(
				pattern,
				(found: string, phrase: string, plural: string, offset: number) => {
					const id = idOf.get(phrase.toLowerCase());
					if (!id || linked.has(id)) return found;
					const before = text.slice(Math.max(0, offset - 30), offset);
					if (/^\p{Lu}/u.test(phrase) && /\p{Lu}[\p{L}\p{N}]*\s+$/u.test(before)) return found;
					linked.add(id);
					return `<a class="term-link" href="${hrefFor(id)}">${phrase}${plural}</a>`;
				},
			);
		},
	);
}
