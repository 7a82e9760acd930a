/**
 * Joins the site's base path and a site-relative path, with the trailing slash every page URL
 * on the site carries. `joinBase('/guide/', 'tools/feast')` is `/guide/tools/feast/`.
 * Paths with a file extension (`api/tools.json`) and fragments keep their form.
 */
export function joinBase(base: string, path: string): string {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	const [beforeHash = '', hash] = path.split('#', 2);
	const [pathname = '', query] = beforeHash.split('?', 2);
	const trimmed = pathname.replace(/^\/+/, '');
	const isFile = /\.[a-z0-9]+$/i.test(trimmed);
	const withSlash = trimmed === '' || isFile || trimmed.endsWith('/') ? trimmed : `${trimmed}/`;
	return `${prefix}${withSlash}${query !== undefined ? `?${query}` : ''}${hash !== undefined ? `#${hash}` : ''}`;
}

/** The site-relative URL of a page under the configured base path (Astro's `base`). */
export function href(path: string): string {
	return joinBase(import.meta.env.BASE_URL, path);
}

/** URL paths of the guide's page kinds, so no page spells a route by hand. */
export const routes = {
	home: () => href(''),
	layer: (slug: string) => href(`layers/${slug}`),
	tool: (slug: string) => href(`tools/${slug}`),
	guide: (slug: string) => href(`guides/${slug}`),
	comparison: (a: string, b: string) => href(`compare/${[a, b].sort().join('-vs-')}`),
	/** The same comparison with its tools the other way round, which only redirects. */
	comparisonReversed: (a: string, b: string) =>
		href(`compare/${[a, b].sort().reverse().join('-vs-')}`),
	compare: () => href('compare'),
	decide: () => href('decide'),
	search: () => href('search'),
	glossary: (id?: string) => href(id ? `glossary#${id}` : 'glossary'),
	changes: () => href('changes'),
};
