import { badgesForFacts } from '../../lib/badges.ts';
import { joinBase } from '../../lib/urls.ts';
import {
	layerTitles,
	type Reason,
	type Recommendation,
	type ToolFacts,
} from '../../decision/engine.ts';

function make<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string) {
	const node = document.createElement(tag);
	if (className) node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}

function toolLink(tool: ToolFacts, base: string): HTMLElement {
	const wrap = make('span', 'tool-ref');
	const link = make('a', '', tool.name);
	link.href = joinBase(base, `tools/${tool.id}`);
	wrap.append(link);
	for (const badge of badgesForFacts(tool)) {
		const mark = make('span', 'badge', badge.label);
		mark.dataset['tone'] = badge.tone;
		mark.title = badge.meaning;
		wrap.append(' ', mark);
	}
	return wrap;
}

/** A reason or note as a list item: its text, then a link to the section it comes from. */
function reasonItem(reason: Reason, base: string): HTMLLIElement {
	const item = make('li', '', `${reason.text} `);
	const source = make('a', '', reason.source.label);
	source.href = joinBase(base, reason.source.path);
	item.append(source);
	return item;
}

/**
 * Builds the recommendation as elements, text only: each layer's primary tool, alternative
 * and companions with their badges, and the reasons with links to the rules' sections.
 */
export function renderRecommendation(result: Recommendation, base: string, compact: boolean) {
	const root = make('div', 'stack');
	if (!compact && result.notes.length > 0) {
		const notes = make('ul', 'stack-notes');
		for (const note of result.notes) notes.append(reasonItem(note, base));
		root.append(notes);
	}
	const list = make('ol', 'stack-layers');
	for (const pick of result.picks) {
		const item = make('li', 'stack-layer');
		item.dataset['layer'] = pick.layer;
		const title = make('h3', '', layerTitles[pick.layer]);
		title.setAttribute('data-no-anchor', '');
		if (pick.focus) title.append(' ', make('span', 'focus-tag', 'your bottleneck'));
		const primary = make('p', 'stack-primary');
		primary.append(make('span', 'stack-label', 'Use '), toolLink(pick.primary, base));
		for (const companion of pick.companions) primary.append(' with ', toolLink(companion, base));
		item.append(title, primary);
		if (pick.alternative) {
			const alternative = make('p', 'stack-alternative');
			alternative.append(make('span', 'stack-label', 'Or '), toolLink(pick.alternative, base));
			item.append(alternative);
		}
		if (!compact) {
			const reasons = make('ul', 'stack-reasons');
			for (const reason of pick.reasons) reasons.append(reasonItem(reason, base));
			for (const text of pick.skipped) reasons.append(make('li', 'skipped', text));
			item.append(reasons);
		}
		list.append(item);
	}
	root.append(list);
	return root;
}
