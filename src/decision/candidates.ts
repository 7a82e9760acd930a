import { choices } from './answers.ts';
import { exclusion, layerOrder, type ToolFacts } from './engine.ts';
import type { Framework } from './rules.ts';

/**
 * The tools some answers can bring into a recommendation, in catalogue order. The widget ships
 * only these, so the decision page stays the same size however many tools the guide lists.
 *
 * A tool can appear when a rule names it (as a pick or beside one), when it is the first tool
 * of its layer that a budget leaves eligible (the engine falls back to the layer's tools when a
 * rule's picks are ruled out), or when one of those names it as an alternative. Keeping the
 * catalogue's order keeps the engine's fallback order, so `recommend` answers the same with
 * this subset as with every tool; the unit tests check that over every combination of answers.
 */
export function decisionCandidates(tools: ToolFacts[], framework: Framework): ToolFacts[] {
	const wanted = new Set<string>();
	for (const rule of framework.rules) {
		for (const id of [...rule.pick, ...(rule.with ?? [])]) wanted.add(id);
	}
	for (const layer of layerOrder) {
		const inLayer = tools.filter((tool) => tool.layers.includes(layer));
		for (const budget of choices.budget) {
			const first = inLayer.find((tool) => !exclusion(tool, { budget }));
			if (first) wanted.add(first.id);
		}
	}
	// Any of these can be primary, and the alternative may be one the primary names itself.
	const primaries = tools.filter((tool) => wanted.has(tool.id));
	for (const tool of primaries) tool.alternatives.forEach((id) => wanted.add(id));
	return tools.filter((tool) => wanted.has(tool.id));
}
