/** What the guide reads from a Pagefind result (see Pagefind's JS API). */
export interface SearchHit {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, string[] | undefined>;
	sub_results?: { title: string; url: string; excerpt: string }[];
}

interface PagefindModule {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(
		query: string | null,
		options?: { filters?: Record<string, string> },
	): Promise<{ results: { data(): Promise<SearchHit> }[] } | null>;
	filters(): Promise<Record<string, Record<string, number>>>;
}

let engine: Promise<PagefindModule> | undefined;

/**
 * Loads Pagefind's search bundle from the site's own base path. The path is given explicitly:
 * Pagefind's own guess falls back to /pagefind/, which is wrong when the site lives under a
 * sub-path (Pagefind issue 1213).
 */
export function loadPagefind(base: string): Promise<PagefindModule> {
	engine ??= (async () => {
		const url = `${base}pagefind/pagefind.js`;
		const pagefind = (await import(/* @vite-ignore */ url)) as PagefindModule;
		// A low page-length factor stops short pages (comparisons) outranking a tool's own page.
		await pagefind.options({ baseUrl: base, excerptLength: 22, ranking: { pageLength: 0.2 } });
		await pagefind.init();
		return pagefind;
	})();
	engine.catch(() => {
		engine = undefined;
	});
	return engine;
}

/** Runs one query and returns the first `limit` hits with their data loaded. */
export async function searchGuide(
	base: string,
	query: string,
	filters: Record<string, string>,
	limit: number,
): Promise<{ hits: SearchHit[]; total: number } | null> {
	const pagefind = await loadPagefind(base);
	const response = await pagefind.search(query, { filters });
	if (!response) return null;
	const hits = await Promise.all(response.results.slice(0, limit).map((result) => result.data()));
	return { hits, total: response.results.length };
}

/** Explains why search is unavailable: on `astro dev` there is no index to load. */
export const devServerMessage =
	'Search works on the built site: run "npm start" (it builds, indexes and serves the guide).';
