/** The facets a shared search link may carry, each with the values it accepts. */
export interface SearchFacetValues {
	layer: readonly string[];
	licence: readonly string[];
	hosting: readonly string[];
}

export interface SearchState {
	query: string;
	filters: Partial<Record<keyof SearchFacetValues, string>>;
	/** Parameters that were present but not understood, to tell the reader about. */
	ignored: string[];
}

/** The longest query kept; the search boxes take no more (maxlength), so a link reproduces it. */
export const MAX_QUERY = 200;

/**
 * Reads `/search/?q=…&layer=…` into a search state. Unknown facets and values outside the known
 * lists are dropped and named in `ignored`; the query is trimmed to 200 characters. Nothing
 * here is ever used as markup.
 */
export function readSearchParams(params: URLSearchParams, known: SearchFacetValues): SearchState {
	const state: SearchState = { query: '', filters: {}, ignored: [] };
	for (const [key, value] of params) {
		if (key === 'q') {
			// A cut through an emoji would leave half of it, which the URL then carries broken.
			state.query = value
				.trim()
				.slice(0, MAX_QUERY)
				.replace(/[\uD800-\uDBFF]$/, '');
		} else if (key === 'layer' || key === 'licence' || key === 'hosting') {
			if (value === '') continue;
			if (known[key].includes(value)) state.filters[key] = value;
			else state.ignored.push(key);
		} else if (key !== 'highlight') {
			state.ignored.push(key.slice(0, 40));
		}
	}
	return state;
}

/** Writes a search state back as the query string of a shareable results URL. */
export function writeSearchParams(state: Pick<SearchState, 'query' | 'filters'>): string {
	const params = new URLSearchParams();
	if (state.query) params.set('q', state.query);
	for (const [key, value] of Object.entries(state.filters)) if (value) params.set(key, value);
	const text = params.toString();
	return text ? `?${text}` : '';
}
