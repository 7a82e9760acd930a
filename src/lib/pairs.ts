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

/** Layers up to this size get a page for every pair of their tools. */
export const ALL_PAIRS_UP_TO = 12;

/**
 * The pairs that get a static page: every pair in a layer of at most twelve tools; in larger
 * layers only pairs that name each other as alternatives or have a written verdict, so the
 * number of pages grows with the catalogue, not with its square. The interactive comparison
 * covers every other pair.
 */
export function pairsWithPages(
	tools: { id: string; layers: string[]; alternatives: string[] }[],
	written: Set<string>,
): Pair[] {
	const layerSize = new Map<string, number>();
	for (const tool of tools) {
		for (const layer of tool.layers) layerSize.set(layer, (layerSize.get(layer) ?? 0) + 1);
	}
	const named = new Set(
		tools.flatMap((tool) => tool.alternatives.map((other) => pairSlug(tool.id, other))),
	);
	return pairsOf(tools).filter(
		(pair) =>
			pair.layers.some((layer) => (layerSize.get(layer) ?? 0) <= ALL_PAIRS_UP_TO) ||
			named.has(pairSlug(pair.a, pair.b)) ||
			written.has(pairSlug(pair.a, pair.b)),
	);
}
