import type { APIRoute } from 'astro';
import { loadCatalogue } from '../../lib/catalogue.ts';
import { collectStatusChanges } from '../../lib/status-changes.ts';
import { renderAtomFeed } from '../../lib/atom.ts';
import { href, routes } from '../../lib/urls.ts';

/** The "What changed" list as an Atom feed, so readers hear of acquisitions and licence moves. */
export const GET: APIRoute = async ({ site }) => {
	const { tools } = await loadCatalogue();
	const absolute = (path: string) => new URL(path, site).href;
	const changes = collectStatusChanges(tools.map((tool) => ({ id: tool.id, ...tool.data })));
	const body = renderAtomFeed({
		id: absolute(routes.changes()),
		title: 'ML Stack Guide: what changed',
		selfUrl: absolute(href('changes/feed.xml')),
		pageUrl: absolute(routes.changes()),
		entries: changes.map((change) => ({
			id: `${absolute(routes.tool(change.toolId))}#${change.anchor}`,
			title: `${change.toolName}: ${change.change}`,
			url: `${absolute(routes.tool(change.toolId))}#${change.anchor}`,
			updated: change.date,
			summary: change.change,
		})),
	});
	return new Response(body, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
