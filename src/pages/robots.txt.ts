import type { APIRoute } from 'astro';
import { href } from '../lib/urls.ts';

/** Lets every crawler in and points it at the sitemap, at its absolute address. */
export const GET: APIRoute = ({ site }) => {
	const sitemap = new URL(href('sitemap-index.xml'), site).href;
	return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
		headers: { 'content-type': 'text/plain; charset=utf-8' },
	});
};
