import H2 from './H2.astro';
import H3 from './H3.astro';
import H4 from './H4.astro';
import ContentLink from './ContentLink.astro';

/**
 * Components that MDX bodies render with: linkable headings, and links that respect the
 * site's base path.
 */
export const mdxComponents = { h2: H2, h3: H3, h4: H4, a: ContentLink };
