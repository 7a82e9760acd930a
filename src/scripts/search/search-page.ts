import {
	readSearchParams,
	writeSearchParams,
	type SearchFacetValues,
} from '../../lib/search-params.ts';
import { devServerMessage, searchGuide } from './pagefind.ts';
import { renderHits } from './render-results.ts';
import { countOf, listForNotice } from '../../lib/notice-list.ts';

/** Results shown at first, and added by each "Show more results". */
const PAGE_SIZE = 20;

/**
 * Registers <search-page>: runs the search that the URL describes, and keeps the URL in step as
 * the reader changes the words or the filters, so the results can be shared and reloaded.
 */
export function defineSearchPage() {
	if (customElements.get('search-page')) return;
	customElements.define(
		'search-page',
		class extends HTMLElement {
			connectedCallback() {
				const form = this.querySelector('form');
				const input = this.querySelector<HTMLInputElement>('input[name="q"]');
				const results = this.querySelector<HTMLElement>('[data-search-results]');
				const status = this.querySelector<HTMLElement>('[data-search-status]');
				const notice = this.querySelector<HTMLElement>('[data-search-notice]');
				if (!form || !input || !results || !status || !notice) return;
				const base = this.dataset['base'] ?? '/';
				this.querySelector('[data-needs-script]')?.remove();
				// This page has no header search box, so its shortcuts (site-search.ts) come to this
				// box instead: Ctrl/⌘K anywhere, "/" outside a field. Not shared with the header's
				// code: a module both import becomes one more file on every page.
				document.addEventListener('keydown', (event) => {
					const commandK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
					const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey;
					const inField = (event.target as Element | null)?.closest('input, textarea, select');
					if (!commandK && (!slash || inField)) return;
					event.preventDefault();
					input.focus();
				});
				const more = this.querySelector<HTMLElement>('[data-search-more]');
				let shown = PAGE_SIZE;
				const selects = [...form.querySelectorAll('select')];
				const known = Object.fromEntries(
					selects.map((select) => [
						select.name,
						[...select.options].map((o) => o.value).filter(Boolean),
					]),
				) as unknown as SearchFacetValues;

				const state = readSearchParams(new URLSearchParams(location.search), known);
				input.value = state.query;
				for (const select of selects) {
					select.value = state.filters[select.name as keyof SearchFacetValues] ?? '';
				}
				if (state.ignored.length > 0) {
					notice.hidden = false;
					notice.textContent = `Ignored parameters this page does not understand: ${listForNotice(state.ignored)}.`;
				}

				let latest = 0;
				const run = async () => {
					const query = input.value.trim();
					const filters = Object.fromEntries(
						selects.filter((select) => select.value).map((select) => [select.name, select.value]),
					);
					history.replaceState(
						null,
						'',
						`${location.pathname}${writeSearchParams({ query, filters })}`,
					);
					const ticket = ++latest;
					if (query === '') {
						results.replaceChildren();
						status.textContent =
							'Type a word to search: a tool, a layer, a problem such as "drift".';
						return;
					}
					try {
						const found = await searchGuide(base, query, filters, shown);
						if (ticket !== latest || !found) return;
						results.replaceChildren(renderHits(found.hits, query, 4));
						if (more) more.hidden = found.total <= shown;
						status.textContent =
							found.total === 0
								? `No results for “${query}”.`
								: `${countOf(found.total, 'result')} for “${query}”${found.total > shown ? `, showing the first ${shown}` : ''}.`;
					} catch {
						// Under `astro dev` there is no index to load, and reloading will not make one.
						status.textContent =
							this.dataset['dev'] === 'true'
								? devServerMessage
								: 'Search could not load. Reload the page, or browse the layers below.';
					}
				};
				let timer: ReturnType<typeof setTimeout> | undefined;
				input.addEventListener('input', () => {
					shown = PAGE_SIZE;
					clearTimeout(timer);
					timer = setTimeout(run, 150);
				});
				more?.querySelector('button')?.addEventListener('click', () => {
					shown += PAGE_SIZE;
					void run();
				});
				for (const select of selects) {
					select.addEventListener('change', () => {
						shown = PAGE_SIZE;
						void run();
					});
				}
				form.hidden = false;
				form.addEventListener('submit', (event) => {
					event.preventDefault();
					void run();
				});
				void run();
			}
		},
	);
}
