import type { Tool } from './catalogue.ts';
import type { ExportedTool } from './catalogue-export.ts';
import { routes } from './urls.ts';

/** A tool's public record for the exports, with an absolute URL on `site`. */
export function exportTool(tool: Tool, site: URL | undefined): ExportedTool {
	const data = tool.data;
	return {
		id: tool.id,
		name: data.name,
		url: new URL(routes.tool(tool.id), site).href,
		layers: [data.layer.id, ...(data.secondLayer ? [data.secondLayer.id] : [])],
		summary: data.summary,
		licence: data.licence.id,
		licenceKind: data.licence.kind,
		owner: data.owner,
		hosting: data.hosting,
		languages: data.languages,
		status: data.status.state,
		statusNote: data.status.note,
		statusReported: data.status.reported,
		reviewed: data.reviewed,
		website: data.website,
		repository: data.repository ?? null,
		teams: data.fit.teams,
		scale: data.fit.scale,
		sources: data.sources,
	};
}
