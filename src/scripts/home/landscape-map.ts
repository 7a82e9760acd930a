/**
 * Registers <landscape-map>: filters the home page's tool cards by licence kind and hosting,
 * keeping the filter in the URL (`?licence=open-source`) so a filtered view can be shared.
 *
 * Only the form's reveal runs on load. The filtering code (landscape-filtering.ts) loads when
 * the URL holds a filter or the reader first changes one: most visits never use it, and the
 * home page carries the most script of any page. The count of tools shown is rendered with
 * the page, so it is right before the code arrives.
 */
export function defineLandscapeMap() {
	if (customElements.get('landscape-map')) return;
	customElements.define(
		'landscape-map',
		class extends HTMLElement {
			connectedCallback() {
				const form = this.querySelector('form');
				if (!form) return;
				form.hidden = false;
				// Boxes the reader changes while the code loads keep their value over the URL's.
				const picked = new Set<string>();
				let loading: Promise<void> | undefined;
				const start = () =>
					(loading ??= import('./landscape-filtering.ts').then(({ filterLandscape }) =>
						filterLandscape(this, form, picked),
					));
				form.addEventListener('change', (event) => {
					picked.add((event.target as HTMLSelectElement).name);
					void start();
				});
				if (/[?&](licence|hosting)=/.test(location.search)) void start();
			}
		},
	);
}
