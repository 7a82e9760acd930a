import type { APIRoute } from 'astro';
import { loadCatalogue } from '../../lib/catalogue.ts';
import { EXPORT_VERSION } from '../../lib/catalogue-export.ts';
import { exportTool } from '../../lib/catalogue-records.ts';
import { routes } from '../../lib/urls.ts';

/** The whole catalogue as one versioned JSON document, for scripts and spreadsheets. */
export const GET: APIRoute = async ({ site }) => {
	const { tools, layers } = await loadCatalogue();
	const document = {
		version: EXPORT_VERSION,
		generated: new Date().toISOString().slice(0, 10),
		// The guide's root, base path included, as every tool URL below starts with it.
		site: site ? new URL(routes.home(), site).href : null,
		layers: layers.map((layer) => ({ id: layer.id, title: layer.data.title })),
		tools: tools.map((tool) => exportTool(tool, site)),
	};
	return new Response(`${JSON.stringify(document, null, '\t')}\n`, {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
};
