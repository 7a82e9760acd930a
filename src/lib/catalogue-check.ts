/** A fault in the content that must stop the build, located by file and frontmatter field. */
export interface ContentFault {
	file: string;
	field: string;
	message: string;
}

interface Ref {
	id: string;
}

/** What the check needs to know about one tool entry. */
export interface ToolRecord {
	id: string;
	file: string;
	name: string;
	layer: Ref;
	secondLayer?: Ref | undefined;
	alternatives: Ref[];
}

/** What the check needs to know about one comparison entry. */
export interface ComparisonRecord {
	id: string;
	file: string;
	tools: [Ref, Ref];
	choose: Record<string, string>;
}

/** A tool's id, from its file name: the slug in /tools/<id>/ and in /compare/<a>-vs-<b>/. */
const TOOL_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Returns every broken cross-reference in the catalogue: tool ids that cannot form comparison
 * slugs, unknown layers and tools, tools that share a name, comparisons whose file name does
 * not match their (alphabetical) pair, and comparisons of tools from different layers. An empty list means the catalogue is sound.
 */
export function findContentFaults(
	layerIds: string[],
	tools: ToolRecord[],
	comparisons: ComparisonRecord[],
): ContentFault[] {
	const faults: ContentFault[] = [];
	const layers = new Set(layerIds);
	const toolsById = new Map(tools.map((tool) => [tool.id, tool]));
	const names = new Map<string, string>();

	for (const tool of tools) {
		const fault = (field: string, message: string) =>
			faults.push({ file: tool.file, field, message });
		if (!TOOL_ID.test(tool.id) || tool.id.includes('-vs-')) {
			fault(
				'file name',
				`"${tool.id}" must be lowercase words joined by single hyphens, without "-vs-": ` +
					"it is the tool's URL and names its comparisons (feast-vs-tecton)",
			);
		}
		if (!layers.has(tool.layer.id)) {
			fault('layer', `unknown layer "${tool.layer.id}" (known: ${[...layers].join(', ')})`);
		}
		if (tool.secondLayer && !layers.has(tool.secondLayer.id)) {
			fault('secondLayer', `unknown layer "${tool.secondLayer.id}"`);
		}
		if (tool.secondLayer?.id === tool.layer.id) {
			fault('secondLayer', 'repeats the first layer');
		}
		tool.alternatives.forEach((alternative, index) => {
			if (!toolsById.has(alternative.id)) {
				fault(`alternatives[${index}]`, `unknown tool "${alternative.id}"`);
			} else if (alternative.id === tool.id) {
				fault(`alternatives[${index}]`, 'a tool cannot be its own alternative');
			}
		});
		const key = tool.name.trim().toLowerCase();
		const twin = names.get(key);
		if (twin) fault('name', `"${tool.name}" is already the name of ${twin}`);
		else names.set(key, tool.file);
	}

	const pairs = new Map<string, string>();
	for (const comparison of comparisons) {
		const fault = (field: string, message: string) =>
			faults.push({ file: comparison.file, field, message });
		const [first, second] = comparison.tools.map((ref) => ref.id) as [string, string];
		const unknown = [first, second].filter((id) => !toolsById.has(id));
		unknown.forEach((id) => fault('tools', `unknown tool "${id}"`));
		if (unknown.length > 0) continue;
		if (first >= second) {
			fault('tools', `list the pair alphabetically and once each: [${[first, second].sort()}]`);
			continue;
		}
		if (!shareLayer(toolsById.get(first)!, toolsById.get(second)!)) {
			fault('tools', `${first} and ${second} share no layer, so they have no comparison page`);
		}
		const expected = `${first}-vs-${second}`;
		if (comparison.id !== expected) {
			fault('tools', `the file for [${first}, ${second}] must be named ${expected}.md`);
		}
		const seen = pairs.get(expected);
		if (seen) fault('tools', `the pair ${expected} is already compared in ${seen}`);
		else pairs.set(expected, comparison.file);
		for (const id of [first, second]) {
			if (!comparison.choose[id]) fault(`choose.${id}`, 'missing: say when to choose this tool');
		}
		for (const id of Object.keys(comparison.choose)) {
			if (id !== first && id !== second) fault(`choose.${id}`, `"${id}" is not in this pair`);
		}
	}
	return faults;
}

/** The layers a tool belongs to: its layer, then its second layer if it has one. */
export function layersOf(tool: Pick<ToolRecord, 'layer' | 'secondLayer'>): string[] {
	return tool.secondLayer ? [tool.layer.id, tool.secondLayer.id] : [tool.layer.id];
}

function shareLayer(a: ToolRecord, b: ToolRecord): boolean {
	const layers = layersOf(a);
	return layersOf(b).some((layer) => layers.includes(layer));
}

/** Formats faults as the message a failing build prints: one line per file and field. */
export function describeFaults(faults: ContentFault[]): string {
	const lines = faults.map((fault) => `  ${fault.file}: ${fault.field}: ${fault.message}`);
	return `The content has ${faults.length} broken reference(s):\n${lines.join('\n')}`;
}
