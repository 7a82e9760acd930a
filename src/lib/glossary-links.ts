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

/**
 * Links the first use of each glossary term in a fragment of HTML to its entry, once per term.
 * Only text outside links, headings, code and controls is touched, and only whole words match
 * (case-insensitive, longest phrase first). Tags are copied as they are.
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
	const pattern = new RegExp(
		`(?<![\\p{L}\\p{N}-])(${phrases.map(({ phrase }) => escapeRegExp(phrase)).join('|')})(?![\\p{L}\\p{N}-])`,
		'giu',
	);
	const idOf = new Map(phrases.map(({ id, phrase }) => [phrase.toLowerCase(), id]));
	const linked = new Set<string>();
	const stack: string[] = [];
	let blocked = 0;

	return html.replace(
		/(<[^>]+>)|([^<]+)/g,
		(piece, tag: string | undefined, text: string | undefined) => {
			if (tag) {
				const match = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/.exec(tag);
				const name = match?.[2]?.toLowerCase() ?? '';
				const selfClosing =
					tag.endsWith('/>') ||
					['br', 'img', 'hr', 'input', 'meta', 'link', 'wbr', 'source'].includes(name);
				if (match && NO_LINKS.has(name) && !selfClosing) {
					if (match[1]) {
						const at = stack.lastIndexOf(name);
						if (at !== -1) {
							stack.splice(at, 1);
							blocked -= 1;
						}
					} else {
						stack.push(name);
						blocked += 1;
					}
				}
				return piece;
			}
			if (blocked > 0 || !text) return piece;
			return text.replace(pattern, (found: string) => {
				const id = idOf.get(found.toLowerCase());
				if (!id || linked.has(id)) return found;
				linked.add(id);
				return `<a class="term-link" href="${hrefFor(id)}">${found}</a>`;
			});
		},
	);
}
