import { parseExcerpt, withHighlight } from '../../lib/excerpt.ts';
import type { SearchHit } from './pagefind.ts';

/** Appends a Pagefind excerpt as text and <mark> elements, never as parsed HTML. */
export function appendExcerpt(parent: HTMLElement, excerpt: string) {
	for (const part of parseExcerpt(excerpt)) {
		if (part.marked) {
			const mark = document.createElement('mark');
			mark.textContent = part.text;
			parent.append(mark);
		} else parent.append(part.text);
	}
}

function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	className: string,
	text?: string,
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}

/**
 * Builds the list of results: each page with its kind and layer, its excerpt, and up to
 * `subLimit` links straight to the sections that matched.
 */
export function renderHits(hits: SearchHit[], query: string, subLimit: number): HTMLOListElement {
	const list = element('ol', 'search-results');
	for (const hit of hits) {
		const item = element('li', 'search-result');
		const heading = element('p', 'result-heading');
		const link = element('a', 'result-title', hit.meta['title'] ?? hit.url);
		link.href = withHighlight(hit.url, query);
		heading.append(link);
		for (const label of [hit.meta['kind'], hit.meta['layer']]) {
			if (label) heading.append(' ', element('span', 'result-tag', label));
		}
		if (hit.meta['status'])
			heading.append(' ', element('span', 'result-tag status', hit.meta['status']));
		const excerpt = element('p', 'result-excerpt');
		appendExcerpt(excerpt, hit.excerpt);
		item.append(heading, excerpt);

		const sections = (hit.sub_results ?? [])
			.filter((sub) => sub.url.includes('#'))
			.slice(0, subLimit);
		if (sections.length > 0) {
			const subList = element('ul', 'result-sections');
			for (const sub of sections) {
				const subItem = element('li', '');
				const subLink = element('a', '', sub.title);
				subLink.href = withHighlight(sub.url, query);
				subItem.append(subLink);
				subList.append(subItem);
			}
			item.append(subList);
		}
		list.append(item);
	}
	return list;
}
