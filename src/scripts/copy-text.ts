/**
 * Copies text for a button press: the Clipboard API first, then a hidden text area with the
 * old copy command, which still works where the API is missing or refused (a page served over
 * plain http on a local network, a browser that denies clipboard access). True if either
 * copied.
 */
export async function copyText(text: string): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return copyWithTextArea(text);
	}
}

/**
 * Selecting the text area takes the focus, so it goes back to the button that was pressed: a
 * keyboard reader stays where they were.
 */
function copyWithTextArea(text: string): boolean {
	const pressed = document.activeElement;
	const area = document.createElement('textarea');
	area.value = text;
	area.setAttribute('readonly', '');
	area.style.position = 'fixed';
	area.style.opacity = '0';
	document.body.append(area);
	area.select();
	const done = document.execCommand('copy');
	area.remove();
	if (pressed instanceof HTMLElement) pressed.focus();
	return done;
}
