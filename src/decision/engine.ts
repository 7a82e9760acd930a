import type { LicenceKind, StatusState } from '../schemas/vocabulary.ts';
import { scaleBandOf, type Answers } from './answers.ts';
import { conditionHolds } from './conditions.ts';
import type { DecisionLayer, Framework, Rule, RuleSource } from './rules.ts';

/** What the engine needs to know about a tool; it comes from the tool's frontmatter. */
export interface ToolFacts {
	id: string;
	name: string;
	licence: string;
	licenceKind: LicenceKind;
	status: StatusState;
	/** True while only secondary sources state the status; the widget then says "reported". */
	statusReported: boolean;
	layers: string[];
	/** The tools this one names as its alternatives in its frontmatter. */
	alternatives: string[];
}

export interface Reason {
	id: string;
	text: string;
	source: RuleSource;
}

export interface LayerPick {
	layer: DecisionLayer;
	/** True for the layer the reader named as their bottleneck. */
	focus: boolean;
	primary: ToolFacts;
	alternative: ToolFacts | null;
	companions: ToolFacts[];
	reasons: Reason[];
	/** Tools a rule named but the answers or the tool's status ruled out, and why. */
	skipped: string[];
}

export interface Recommendation {
	picks: LayerPick[];
	notes: Reason[];
}

/** Statuses that keep a tool out of a new recommendation. */
const retired: StatusState[] = ['archived', 'deprecated', 'hosted-discontinued'];

/** How each retiring status reads after "left out,": as a fact, and as a report. */
const statusWords: Partial<Record<StatusState, { stated: string; reported: string }>> = {
	archived: { stated: 'archived', reported: 'reported to be archived' },
	deprecated: { stated: 'deprecated', reported: 'reported to be deprecated' },
	'hosted-discontinued': {
		stated: 'its hosted service was discontinued',
		reported: 'its hosted service is reported to have shut down',
	},
};

/**
 * Why no answers can bring a tool into a recommendation ("archived"), or null when some can.
 * A status only secondary sources state is worded as reported, never as settled.
 */
export function retiredBecause(status: StatusState, reported = false): string | null {
	if (!retired.includes(status)) return null;
	const words = statusWords[status];
	if (!words) return reported ? `${status} (reported)` : status;
	return reported ? words.reported : words.stated;
}

/**
 * Why a tool cannot be recommended for these answers, or null when it can. Only the budget
 * answer and the tool's own facts decide it (candidates.ts relies on that).
 */
export function exclusion(tool: ToolFacts, answers: Pick<Answers, 'budget'>): string | null {
	const status = retiredBecause(tool.status, tool.statusReported);
	if (status) return `${tool.name}: left out, ${status}.`;
	if (answers.budget === 'open-source' && tool.licenceKind !== 'open-source') {
		const kind =
			tool.licenceKind === 'proprietary' ? 'proprietary' : `source-available (${tool.licence})`;
		return `${tool.name}: left out, ${kind} and your budget is open source only.`;
	}
	return null;
}

export const layerOrder: DecisionLayer[] = ['features', 'serving', 'monitoring', 'streaming'];

/** How the widget and its Markdown name each layer of a stack. */
export const layerTitles: Record<DecisionLayer, string> = {
	features: 'Features',
	serving: 'Serving',
	monitoring: 'Monitoring',
	streaming: 'Streaming',
};

/**
 * Turns answers into a stack: for each layer the answers cover, the rule with the highest rank
 * that applies picks a primary tool and an alternative; tools that the budget or their status
 * rule out are skipped with a reason. The bottleneck's layer comes first.
 */
export function recommend(
	answers: Answers,
	tools: ToolFacts[],
	framework: Framework,
): Recommendation {
	const { rules: ruleSet, notes, focusReasons } = framework;
	const scale = scaleBandOf(answers.requests);
	const byId = new Map(tools.map((tool) => [tool.id, tool]));
	const layers = layerOrder.filter((layer) => layer !== 'streaming' || answers.realtime === 'yes');
	const picks: LayerPick[] = [];

	for (const layer of layers) {
		const applying = ruleSet
			.filter((rule) => rule.layer === layer && conditionHolds(rule.when, answers, scale))
			.sort((a, b) => b.rank - a.rank);
		const [winner] = applying;
		if (!winner) continue;

		const skipped: string[] = [];
		const eligible: ToolFacts[] = [];
		const consider = (id: string, named: boolean) => {
			const tool = byId.get(id);
			if (!tool || eligible.includes(tool)) return;
			const why = exclusion(tool, answers);
			if (!why) eligible.push(tool);
			else if (named && !skipped.includes(why)) skipped.push(why);
		};
		// The winner's preferences first, then other applying rules', then any tool of the layer.
		// Only tools a rule named are reported as left out: in a large layer, listing every
		// proprietary tool an open-source budget rules out would bury the stack.
		for (const rule of applying) rule.pick.forEach((id) => consider(id, true));
		if (eligible.length < 2) {
			tools
				.filter((tool) => tool.layers.includes(layer))
				.forEach((tool) => consider(tool.id, false));
		}
		const [primary] = eligible;
		if (!primary) continue;
		// The alternative is another pick of the winning rule or one the primary names itself: a
		// pick from some other rule may serve another purpose (a data check is no drift monitor),
		// and then no alternative is better than a wrong one.
		const alternative =
			eligible
				.slice(1)
				.find((tool) => winner.pick.includes(tool.id) || primary.alternatives.includes(tool.id)) ??
			null;

		const companions: ToolFacts[] = [];
		for (const id of winner.with ?? []) {
			const tool = byId.get(id);
			if (!tool) continue;
			const why = exclusion(tool, answers);
			if (why) skipped.push(why);
			else companions.push(tool);
		}

		const reasons: Reason[] = [];
		const focus = answers.bottleneck === layer;
		if (focus && answers.bottleneck !== 'none') reasons.push(focusReasons[answers.bottleneck]);
		// When the rule's first choice was ruled out, say so before the rule's own reason.
		const firstChoice = byId.get(winner.pick[0] ?? '');
		if (firstChoice && firstChoice.id !== primary.id) {
			reasons.push({
				id: 'substitute',
				text: `${primary.name} stands in for ${firstChoice.name}, the first choice of the rule below, which these answers rule out.`,
				source: winner.source,
			});
		}
		reasons.push(ruleReason(winner));
		// Other specific rules that pick the same stack add their reason; defaults never do.
		const sameCompanions = (rule: Rule) => (rule.with ?? []).join() === (winner.with ?? []).join();
		for (const rule of applying.slice(1)) {
			const specific = Object.keys(rule.when).length > 0;
			if (specific && rule.pick[0] === primary.id && sameCompanions(rule)) {
				reasons.push(ruleReason(rule));
			}
		}
		picks.push({ layer, focus, primary, alternative, companions, reasons, skipped });
	}

	picks.sort((a, b) => Number(b.focus) - Number(a.focus));
	const remarks = notes
		.filter((note) => conditionHolds(note.when, answers, scale))
		.map(({ id, text, source }) => ({ id, text, source }));
	return { picks, notes: remarks };
}

function ruleReason(rule: Rule): Reason {
	return { id: rule.id, text: rule.reason, source: rule.source };
}
