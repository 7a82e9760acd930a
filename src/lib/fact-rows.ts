import type { ExportedTool } from './catalogue-export.ts';
import { statusLabel } from './badges.ts';
import { formatDate } from './format-date.ts';
import {
	hostingLabels,
	licenceKindLabels,
	scaleLabels,
	teamLabels,
	type HostingMode,
	type LicenceKind,
	type ScaleBand,
	type StatusState,
	type TeamKind,
} from '../schemas/vocabulary.ts';

export interface FactRow {
	label: string;
	values: string[];
}

/**
 * The rows of a side-by-side comparison, one value per tool, all from frontmatter facts. The
 * pair pages render it at build time and the interactive compare in the browser.
 */
export function factRows(tools: ExportedTool[], layerTitles: Record<string, string>): FactRow[] {
	const row = (label: string, value: (tool: ExportedTool) => string): FactRow => ({
		label,
		values: tools.map(value),
	});
	return [
		row('Layer', (tool) => tool.layers.map((id) => layerTitles[id] ?? id).join(', ')),
		row('Licence', (tool) => {
			const kind = licenceKindLabels[tool.licenceKind as LicenceKind];
			// "proprietary (Proprietary)" says one thing twice.
			return tool.licence.toLowerCase() === kind.toLowerCase() ? kind : `${tool.licence} (${kind})`;
		}),
		row('Owner', (tool) => tool.owner),
		row('Hosting', (tool) =>
			tool.hosting.map((mode) => hostingLabels[mode as HostingMode]).join(', '),
		),
		row('Kubernetes-native', (tool) => (tool.hosting.includes('kubernetes-native') ? 'Yes' : 'No')),
		row('Languages and SDKs', (tool) => tool.languages.join(', ')),
		row('Scale fit', (tool) => tool.scale.map((band) => scaleLabels[band as ScaleBand]).join(', ')),
		row('Team fit', (tool) => tool.teams.map((team) => teamLabels[team as TeamKind]).join(', ')),
		row('Status', (tool) => statusLabel(tool.status as StatusState, tool.statusReported)),
		row('Reviewed', (tool) => formatDate(tool.reviewed)),
	];
}
