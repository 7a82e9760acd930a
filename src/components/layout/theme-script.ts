import { createHash } from 'node:crypto';

/**
 * The one inline script of the site: it applies the reader's stored theme before first paint,
 * so a dark-mode reader never sees a white flash. It must run inline and early, so it cannot be
 * bundled; Astro's CSP does not hash inline bodies (withastro/astro issue 16664), so its hash is
 * computed here and given to the CSP in astro.config.mjs.
 */
export const themeScript =
	"try{const t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}";

/** The CSP source expression that allows exactly `themeScript`. */
export const themeScriptHash =
	`sha256-${createHash('sha256').update(themeScript).digest('base64')}` as const;
