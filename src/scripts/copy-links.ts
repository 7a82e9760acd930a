let enabled = false;

/**
 * Reveals every heading's copy-link button and copies the section's full address (with the
 * base path and the page's query) when one is pressed, announcing the result in a polite live
 * region.
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
		// The query is the page's state (the tools being compared, the widget's answers, the
		// landscape filter), so it stays; only the search highlight, which is not, is dropped.
		// The parts are kept as written: re-encoding would turn "tools=feast,tecton" into %2C.
		const url = new URL(location.href);
		const kept = url.search
			.slice(1)
			.split('&')
			.filter((part) => part !== '' && part.split('=')[0] !== 'highlight');
		url.search = kept.join('&');
		url.hash = button.dataset['copyLink'] ?? '';
		const visible = button.querySelector('[aria-hidden="true"]');
		let message = 'Link copied';
		try {
			await navigator.clipboard.writeText(url.href);
		} catch {
			// Where the Clipboard API is refused (plain http on a local network, a locked-down
			// browser), the address bar takes the link, ready to copy by hand. The copy-command
			// fallback the widget uses (copy-text.ts) would cost every page about 120 bytes.
			history.replaceState(history.state, '', url.href);
			message = 'Not copied: the link is in the address bar';
		}
		announcer.textContent = `${message}.`;
		if (visible) {
			visible.textContent = message === 'Link copied' ? 'Copied' : 'Not copied';
			setTimeout(() => (visible.textContent = 'Copy link'), 2000);
		}
	});
}
