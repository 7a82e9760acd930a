// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { searchIndex } from './src/integrations/search-index.ts';
import { siteCheck } from './src/integrations/site-check.ts';
import { glossaryLinks } from './src/integrations/glossary-links.ts';
import { ogImages } from './src/integrations/og-images.ts';
import { redirectStubs } from './src/integrations/redirect-stubs.ts';
import { themeScriptHash } from './src/components/layout/theme-script.ts';

// Two hooks: one starts drawing the link-preview images, the last waits for them (og-images.ts).
const previewCards = ogImages();

// SITE_URL and BASE_PATH let the same source serve from a domain root or a project sub-path.
export default defineConfig({
	site: process.env.SITE_URL ?? 'http://localhost:4321',
	base: process.env.BASE_PATH ?? '/',
	outDir: process.env.OUT_DIR ?? './dist',
	// Builds of the bad-content fixtures keep their own cache so they never touch the real one.
	cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
	trailingSlash: 'always',
	// Renders four pages at a time: one page's file writes overlap the next one's rendering.
	// On a 1,000-tool catalogue page generation fell from about 14 s to 9-10 s on two cores;
	// more did not help.
	build: { concurrency: 4 },
	// Astro 7's default ('jsx') drops the newline between text and a link on the next line
	// (withastro/astro issue 17310); true keeps meaningful whitespace and still compresses.
	compressHTML: true,
	// Shiki colours code with inline styles, which the CSP below would block, and no page has a
	// code block; without it Astro no longer warns about that at every build either.
	markdown: { syntaxHighlight: false },
	security: {
		// Astro hashes the scripts and styles it bundles; Pagefind needs WebAssembly.
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"connect-src 'self'",
				"worker-src 'self' blob:",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			scriptDirective: {
				resources: ["'self'", "'wasm-unsafe-eval'"],
				hashes: [themeScriptHash],
			},
		},
	},
	integrations: [
		mdx(),
		sitemap(),
		glossaryLinks(),
		previewCards.start,
		redirectStubs(),
		siteCheck(),
		searchIndex(),
		previewCards.finish,
	],
	vite: {
		plugins: [tailwindcss()],
		// Lazy chunks (search, share actions) are tiny and load on first use; the preload helper
		// would cost every page about 1 KiB to save nothing.
		build: { modulePreload: false, assetsInlineLimit: 0 },
	},
});
