/**
 * Registers <site-search>, the header's search box. Kept small on purpose: the search engine
 * and the result rendering load on first use, so pages that are only read stay light.
 */
export function defineSiteSearch() {
	if (customElements.get('site-search')) return;
	customElements.define(
		'site-search',
		class extends HTMLElement {
			connectedCallback() {
				const input = this.querySelector<HTMLInputElement>('input[type="search"]');
				if (!input) return;
				let started: Promise<unknown> | undefined;
				const start = () => {
					started ??= import('./search-panel.ts').then(({ attachSearchPanel }) =>
						attachSearchPanel(this, input),
					);
					return started;
				};
				const hint = this.querySelector<HTMLElement>('.search-hint');
				if (hint) hint.hidden = !matchMedia('(any-hover: hover)').matches;
				input.addEventListener('focus', start, { once: true });
				input.addEventListener('input', start, { once: true });
				document.addEventListener('keydown', (event) => {
					if (!opensSearch(event)) return;
					event.preventDefault();
					input.focus();
					input.select();
				});
			}
		},
	);
}

/** Ctrl/⌘K from anywhere, or "/" when the reader is not typing in a field. */
function opensSearch(event: KeyboardEvent): boolean {
	if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') return true;
	if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return false;
	const target = event.target as HTMLElement | null;
	// Only fields that take typed text keep "/" for themselves; a checkbox or radio does not.
	const typing =
		'input:not([type="checkbox"], [type="radio"], [type="button"], [type="submit"]), textarea, select, [contenteditable="true"]';
	return !target?.closest(typing);
}
