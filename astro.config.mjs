// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { searchIndex } from './src/integrations/search-index.ts';
import { siteCheck } from './src/integrations/site-check.ts';

// SITE_URL and BASE_PATH let the same source serve from a domain root or a project sub-path.
export default defineConfig({
	site: process.env.SITE_URL ?? 'http://localhost:4321',
	base: process.env.BASE_PATH ?? '/',
	outDir: process.env.OUT_DIR ?? './dist',
	trailingSlash: 'always',
	integrations: [mdx(), sitemap(), siteCheck(), searchIndex()],
	vite: { plugins: [tailwindcss()] },
});
