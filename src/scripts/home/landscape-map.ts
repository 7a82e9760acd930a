import {
	passesFilter,
	readLandscapeFilter,
	writeLandscapeFilter,
} from '../../lib/landscape-filter.ts';

/**
 * Registers <landscape-map>: filters the home page's tool cards by licence kind and hosting,
 * keeping the filter in the URL (`?licence=open-source`) so a filtered view can be shared.
 */
export function defineLandscapeMap() {
	if (customElements.get('landscape-map')) return;
	customElements.define(
		'landscape-map',
		class extends HTMLElement {
			connectedCallback() {
				const form = this.querySelector('form');
				const licence = this.querySelector<HTMLSelectElement>('select[name="licence"]');
				const hosting = this.querySelector<HTMLSelectElement>('select[name="hosting"]');
				const count = this.querySelector<HTMLElement>('[data-landscape-count]');
				const notice = this.querySelector<HTMLElement>('[data-landscape-notice]');
				if (!form || !licence || !hosting || !count || !notice) return;

				const initial = readLandscapeFilter(location.search);
				licence.value = initial.licence;
				hosting.value = initial.hosting;
				if (initial.ignored.length > 0) {
					notice.hidden = false;
					notice.textContent = `Ignored an unknown filter value for: ${initial.ignored.join(', ')}.`;
				}

				const apply = (updateUrl: boolean) => {
					const filter = { licence: licence.value, hosting: hosting.value };
					// A tool in two layers has a card in each; it counts once.
					const shown = new Set<string>();
					for (const section of this.querySelectorAll<HTMLElement>('.landscape-layer')) {
						let inLayer = 0;
						for (const card of section.querySelectorAll<HTMLElement>('.card')) {
							const passes = passesFilter(
								filter,
								card.dataset['licence'] ?? '',
								(card.dataset['hosting'] ?? '').split(' '),
							);
							card.hidden = !passes;
							if (passes) {
								inLayer += 1;
								shown.add(card.dataset['tool'] ?? '');
							}
						}
						const empty = section.querySelector<HTMLElement>('.landscape-empty');
						if (empty) empty.hidden = inLayer > 0;
					}
					count.textContent = `${shown.size} ${shown.size === 1 ? 'tool' : 'tools'} shown`;
					if (updateUrl)
						history.replaceState(
							null,
							'',
							`${location.pathname}${writeLandscapeFilter(filter)}${location.hash}`,
						);
				};
				form.addEventListener('change', () => apply(true));
				form.hidden = false;
				apply(false);
			}
		},
	);
}
