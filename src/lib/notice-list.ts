/** How many ignored names a notice spells out before it only counts the rest. */
const SHOWN = 5;

/**
 * Names for a "we ignored these" notice: unique, at most five of them, each cut to 40
 * characters, then "and N more". A crafted link cannot fill the page with its own text.
 */
export function listForNotice(names: string[]): string {
	const unique = [
		...new Set(
			names.map((name) => {
				// Cut to 40, never through a surrogate pair, which would show as a broken glyph.
				// Limitation: a joined emoji (a family, a flag) can still lose its later parts.
				const plain = name.slice(0, 40).replace(/[\ud800-\udbff]$/, '');
				return plain === '' ? '(unnamed)' : plain;
			}),
		),
	];
	const shown = unique.slice(0, SHOWN).join(', ');
	return unique.length > SHOWN ? `${shown} and ${unique.length - SHOWN} more` : shown;
}

/** "1 result", "2 results". */
export function countOf(count: number, noun: string): string {
	return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
