let enabled = false;

/**
 * Reveals every heading's copy-link button and copies the section's full address (with the
 * base path) when one is pressed, announcing the result in a polite live region.
 */
export function enableCopyLinks() {
	if (enabled) return;
	enabled = true;
	const announcer = document.createElement('p');
	announcer.className = 'sr-only';
	announcer.setAttribute('role', 'status');
	announcer.setAttribute('aria-live', 'polite');
	document.body.append(announcer);

	for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-link]')) {
		button.hidden = false;
	}
	document.addEventListener('click', async (event) => {
		const button = (event.target as Element | null)?.closest<HTMLButtonElement>(
			'button[data-copy-link]',
		);
		if (!button) return;
		const url = new URL(location.href);
		url.search = '';
		url.hash = button.dataset['copyLink'] ?? '';
		const visible = button.querySelector('[aria-hidden="true"]');
		let message = 'Link copied';
		try {
			await navigator.clipboard.writeText(url.href);
		} catch {
			message = 'Could not copy: use the # link instead';
		}
		announcer.textContent = `${message}.`;
		if (visible) {
			visible.textContent = message === 'Link copied' ? 'Copied' : 'Not copied';
			setTimeout(() => (visible.textContent = 'Copy link'), 2000);
		}
	});
}
