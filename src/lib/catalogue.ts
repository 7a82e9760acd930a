import { getCollection, type CollectionEntry } from 'astro:content';
import { describeFaults, findContentFaults, layersOf } from './catalogue-check.ts';
import { pairsWithPages, pairSlug, type Pair } from './pairs.ts';

export type Layer = CollectionEntry<'layers'>;
export type Tool = CollectionEntry<'tools'>;
export type Guide = CollectionEntry<'guides'>;
export type Comparison = CollectionEntry<'comparisons'>;
export type GlossaryTerm = CollectionEntry<'glossary'>;

/** The whole guide's content, checked and indexed the ways pages need it. */
export interface Catalogue {
	layers: Layer[];
	tools: Tool[];
	guides: Guide[];
	comparisons: Comparison[];
	glossary: GlossaryTerm[];
	layerById: Map<string, Layer>;
	toolById: Map<string, Tool>;
	/** Tools of each layer (a tool with a second layer appears in both), sorted by name. */
	toolsByLayer: Map<string, Tool[]>;
	/** The pairs of tools that have a comparison page, and their slugs. */
	pairs: Pair[];
	pairSlugs: Set<string>;
	/** Slugs of the pairs that have a written verdict in content/comparisons/. */
	writtenPairs: Set<string>;
}

let loading: Promise<Catalogue> | undefined;

/**
 * Loads every collection once per build, and throws with one line per broken file and field
 * when a tool or comparison refers to something that does not exist.
 */
export function loadCatalogue(): Promise<Catalogue> {
	loading ??= readCatalogue();
	return loading;
}

async function readCatalogue(): Promise<Catalogue> {
	const byName = <T extends { data: { name: string } }>(a: T, b: T) =>
		a.data.name.localeCompare(b.data.name, 'en');
	const [layers, tools, guides, comparisons, glossary] = await Promise.all([
		getCollection('layers'),
		getCollection('tools'),
		getCollection('guides'),
		getCollection('comparisons'),
		getCollection('glossary'),
	]);

	const faults = findContentFaults(
		layers.map((layer) => layer.id),
		tools.map((tool) => ({ ...tool.data, id: tool.id, file: fileOf(tool) })),
		comparisons.map((comparison) => ({
			...comparison.data,
			id: comparison.id,
			file: fileOf(comparison),
		})),
	);
	if (faults.length > 0) throw new Error(describeFaults(faults));

	layers.sort((a, b) => a.data.order - b.data.order);
	tools.sort(byName);
	guides.sort((a, b) => a.data.order - b.data.order);
	glossary.sort((a, b) => a.data.term.localeCompare(b.data.term, 'en'));

	const toolsByLayer = new Map<string, Tool[]>(layers.map((layer) => [layer.id, []]));
	for (const tool of tools) {
		for (const layer of layersOf(tool.data)) toolsByLayer.get(layer)?.push(tool);
	}

	const writtenPairs = new Set(comparisons.map((comparison) => comparison.id));
	const pairs = pairsWithPages(
		tools.map((tool) => ({
			id: tool.id,
			layers: layersOf(tool.data),
			alternatives: tool.data.alternatives.map((ref) => ref.id),
		})),
		writtenPairs,
	);

	return {
		layers,
		tools,
		guides,
		comparisons,
		glossary,
		layerById: new Map(layers.map((layer) => [layer.id, layer])),
		toolById: new Map(tools.map((tool) => [tool.id, tool])),
		toolsByLayer,
		pairs,
		pairSlugs: new Set(pairs.map((pair) => pairSlug(pair.a, pair.b))),
		writtenPairs,
	};
}

function fileOf(entry: { filePath?: string | undefined; id: string; collection: string }) {
	return entry.filePath ?? `${entry.collection}/${entry.id}`;
}
