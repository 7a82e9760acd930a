import { findMatches, highlightTerms } from '../lib/highlight-terms.ts';

const MAX_MARKS = 200;

/**
 * Marks the words a reader searched for (`?highlight=…`) in the page's main content, as
 * <mark> elements around text nodes, so they see why the result matched. The #fragment is
 * left alone, so the page still lands on the section.
 */
export function highlightSearchTerms() {
	const terms = highlightTerms(new URLSearchParams(location.search).get('highlight'));
	const root = document.querySelector('[data-pagefind-body]');
	if (terms.length === 0 || !root) return;
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
		acceptNode: (node) =>
			node.parentElement?.closest(
				'script, style, mark, button, svg, .badge, [data-pagefind-ignore]',
			)
				? NodeFilter.FILTER_REJECT
				: NodeFilter.FILTER_ACCEPT,
	});
	const nodes: Text[] = [];
	while (walker.nextNode()) nodes.push(walker.currentNode as Text);
	let marks = 0;
	for (const node of nodes) {
		const matches = findMatches(node.data, terms);
		for (const [start, end] of matches.reverse()) {
			if (marks >= MAX_MARKS) return;
			const match = node.splitText(start);
			match.splitText(end - start);
			const mark = document.createElement('mark');
			mark.className = 'search-term';
			match.replaceWith(mark);
			mark.append(match);
			marks += 1;
		}
	}
}
