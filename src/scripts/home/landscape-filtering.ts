import {
	passesFilter,
	readLandscapeFilter,
	writeLandscapeFilter,
} from '../../lib/landscape-filter.ts';

/**
 * Filters a <landscape-map>'s cards by the form's licence and hosting, now and on every
 * change, and keeps the filter in the URL. `fromUrl` starts from the URL's filter (a shared
 * link); otherwise from what the reader just picked, which also goes into the URL.
 */
export function filterLandscape(map: HTMLElement, form: HTMLFormElement, fromUrl: boolean) {
	const licence = form.querySelector<HTMLSelectElement>('select[name="licence"]');
	const hosting = form.querySelector<HTMLSelectElement>('select[name="hosting"]');
	const count = form.querySelector<HTMLElement>('[data-landscape-count]');
	const notice = map.querySelector<HTMLElement>('[data-landscape-notice]');
	if (!licence || !hosting || !count || !notice) return;

	let cleanUrl = !fromUrl;
	if (fromUrl) {
		const initial = readLandscapeFilter(location.search);
		// A value the page did not understand leaves the address, so a copied link holds only
		// the filter shown.
		cleanUrl = initial.ignored.length > 0;
		licence.value = initial.licence;
		hosting.value = initial.hosting;
		if (initial.ignored.length > 0) {
			notice.hidden = false;
			notice.textContent = `Ignored an unknown filter value for: ${initial.ignored.join(', ')}.`;
		}
	}

	const apply = (updateUrl: boolean) => {
		const filter = { licence: licence.value, hosting: hosting.value };
		// A tool in two layers has a card in each; it counts once.
		const shown = new Set<string>();
		for (const section of map.querySelectorAll<HTMLElement>('.landscape-layer')) {
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
	apply(cleanUrl);
}
