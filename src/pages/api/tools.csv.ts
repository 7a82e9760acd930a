import type { APIRoute } from 'astro';
import { loadCatalogue } from '../../lib/catalogue.ts';
import { toCsv } from '../../lib/catalogue-export.ts';
import { exportTool } from '../../lib/catalogue-records.ts';

/** The catalogue as CSV, one row per tool, for spreadsheets. */
export const GET: APIRoute = async ({ site }) => {
	const { tools } = await loadCatalogue();
	return new Response(toCsv(tools.map((tool) => exportTool(tool, site))), {
		headers: { 'content-type': 'text/csv; charset=utf-8' },
	});
};
