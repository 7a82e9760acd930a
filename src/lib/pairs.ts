/** The URL slug of a comparison: both tool slugs in alphabetical order, joined by "-vs-". */
export function pairSlug(a: string, b: string): string {
	return [a, b].sort().join('-vs-');
}

export interface Pair {
	a: string;
	b: string;
	/** The layers both tools belong to. */
	layers: string[];
}

/**
 * Every pair of tools that share at least one layer, each once, with `a` before `b`
 * alphabetically. Pairs are listed in the order of their slugs.
 */
export function pairsOf(tools: { id: string; layers: string[] }[]): Pair[] {
	const sorted = [...tools].sort((x, y) => x.id.localeCompare(y.id));
	const pairs: Pair[] = [];
	for (const [index, first] of sorted.entries()) {
		for (const second of sorted.slice(index + 1)) {
			const layers = first.layers.filter((layer) => second.layers.includes(layer));
			if (layers.length > 0) pairs.push({ a: first.id, b: second.id, layers });
		}
	}
	return pairs;
}

/** For `tecton-vs-feast`, the canonical `feast-vs-tecton`; null when the slug is no pair. */
export function canonicalPairSlug(slug: string, known: Set<string>): string | null {
	const parts = slug.split('-vs-');
	if (parts.length !== 2 || !parts[0] || !parts[1]) return null;
	const canonical = pairSlug(parts[0], parts[1]);
	return known.has(canonical) ? canonical : null;
}
