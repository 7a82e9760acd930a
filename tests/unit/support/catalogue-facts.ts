import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { ToolFacts } from '../../../src/decision/engine.ts';

/** The engine's view of the real catalogue, read from `content/tools/*.md` frontmatter. */
export function readCatalogueFacts(folder = 'content/tools'): ToolFacts[] {
	return readdirSync(folder)
		.filter((file) => /\.mdx?$/.test(file))
		.map((file) => {
			const text = readFileSync(`${folder}/${file}`, 'utf8');
			const data = parse(text.split(/^---$/m)[1] ?? '') as {
				name: string;
				layer: string;
				secondLayer?: string;
				licence: { id: string; kind: ToolFacts['licenceKind'] };
				status: { state: ToolFacts['status']; reported?: boolean };
				alternatives?: string[];
			};
			return {
				id: file.replace(/\.mdx?$/, ''),
				name: data.name,
				licence: data.licence.id,
				licenceKind: data.licence.kind,
				status: data.status.state,
				statusReported: data.status.reported ?? false,
				layers: [data.layer, ...(data.secondLayer ? [data.secondLayer] : [])],
				alternatives: data.alternatives ?? [],
			};
		});
}
