import type { APIRequestContext } from '@playwright/test';

/** The built site's own catalogue export, so tests visit exactly the pages that were built. */
export async function readCatalogue(request: APIRequestContext, baseURL: string | undefined) {
	const response = await request.get(new URL('api/tools.json', baseURL).href);
	if (!response.ok()) throw new Error(`api/tools.json answered ${response.status()}`);
	return (await response.json()) as {
		version: number;
		layers: { id: string; title: string }[];
		tools: { id: string; name: string; url: string; layers: string[] }[];
	};
}

/** Strings that must never turn into markup or script when they arrive in a URL. */
export const hostileValues = [
	'<script>window.__pwned=1</script>',
	'"><img src=x onerror="window.__pwned=1">',
	'javascript:window.__pwned=1',
	'%3Csvg%20onload%3Dwindow.__pwned%3D1%3E',
	'x'.repeat(5000),
];
