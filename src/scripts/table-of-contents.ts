/**
 * Registers <table-of-contents>: opens the contents on wide screens and marks the link of the
 * section being read with aria-current.
 */
export function defineTableOfContents() {
	if (customElements.get('table-of-contents')) return;
	customElements.define(
		'table-of-contents',
		class extends HTMLElement {
			connectedCallback() {
				const details = this.querySelector('details');
				if (details && matchMedia('(min-width: 80rem)').matches) details.open = true;

				const links = [...this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
				const idOf = (link: HTMLAnchorElement) => decodeURIComponent(link.hash.slice(1));
				const targets = links
					.map((link) => document.getElementById(idOf(link)))
					.filter((target): target is HTMLElement => target !== null);
				const mark = () => {
					// The current section is the last heading above the top fifth of the viewport.
					const line = innerHeight * 0.2;
					let current = targets[0];
					for (const target of targets) {
						if (target.getBoundingClientRect().top <= line) current = target;
					}
					for (const link of links) {
						if (current !== undefined && idOf(link) === current.id)
							link.setAttribute('aria-current', 'true');
						else link.removeAttribute('aria-current');
					}
				};
				let queued = false;
				addEventListener(
					'scroll',
					() => {
						if (queued) return;
						queued = true;
						requestAnimationFrame(() => {
							queued = false;
							mark();
						});
					},
					{ passive: true },
				);
				mark();
			}
		},
	);
}
