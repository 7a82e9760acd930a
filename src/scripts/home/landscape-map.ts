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
				const inUrl = /[?&](licence|hosting)=/.test(location.search);
				// A pick made while the code loads wins over the URL's filter.
				let picked = false;
				let loading: Promise<void> | undefined;
				const start = () =>
					(loading ??= import('./landscape-filtering.ts').then(({ filterLandscape }) =>
						filterLandscape(this, form, inUrl && !picked),
					));
				form.addEventListener(
					'change',
					() => {
						picked = true;
						void start();
					},
					{ once: true },
				);
				if (inUrl) void start();
			}
		},
	);
}
