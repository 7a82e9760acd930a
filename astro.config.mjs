// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { searchIndex } from './src/integrations/search-index';

// SITE_URL and BASE_PATH let the same source serve from a domain root or a project sub-path.
export default defineConfig({
	site: process.env.SITE_URL ?? 'http://localhost:4321',
	base: process.env.BASE_PATH ?? '/',
	trailingSlash: 'always',
	integrations: [mdx(), sitemap(), searchIndex()],
	vite: { plugins: [tailwindcss()] },
});
