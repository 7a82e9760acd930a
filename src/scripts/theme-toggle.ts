/** The theme in force: the reader's stored choice, else the system's. */
function currentTheme(): 'light' | 'dark' {
	const chosen = document.documentElement.dataset['theme'];
	if (chosen === 'light' || chosen === 'dark') return chosen;
	return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Registers <theme-toggle>: a button that flips the theme and remembers the choice. */
export function defineThemeToggle() {
	if (customElements.get('theme-toggle')) return;
	customElements.define(
		'theme-toggle',
		class extends HTMLElement {
			connectedCallback() {
				const button = this.querySelector('button');
				if (!button) return;
				const render = () => {
					button.setAttribute('aria-pressed', String(currentTheme() === 'dark'));
				};
				button.hidden = false;
				render();
				button.addEventListener('click', () => {
					const next = currentTheme() === 'dark' ? 'light' : 'dark';
					document.documentElement.dataset['theme'] = next;
					try {
						localStorage.setItem('theme', next);
					} catch {
						// Storage can be off (private mode); the choice then lasts for this page only.
					}
					render();
				});
			}
		},
	);
}
