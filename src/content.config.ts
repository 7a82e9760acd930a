import { defineCollection, reference } from 'astro:content';
import { layerSchema } from './schemas/layer.ts';
import { guideSchema } from './schemas/guide.ts';
import { createToolSchema } from './schemas/tool.ts';
import { createComparisonSchema } from './schemas/comparison.ts';
import { glossaryTermSchema } from './schemas/glossary.ts';
import { contentRoot } from './lib/content-root.ts';
import { contentEntries } from './loaders/content-entries.ts';
import { glossaryFile } from './loaders/glossary-file.ts';

/**
 * Every collection reads Markdown (or MDX) files from one folder of `content/`, named like the
 * collection; tools and comparisons also carry review dates that the loader checks.
 */
const entriesIn = (folder: string, reviewed = false) =>
	contentEntries(`${contentRoot}/${folder}`, { reviewed });

export const collections = {
	layers: defineCollection({ loader: entriesIn('layers'), schema: layerSchema }),
	tools: defineCollection({
		loader: entriesIn('tools', true),
		schema: createToolSchema({ layer: reference('layers'), tool: reference('tools') }),
	}),
	guides: defineCollection({ loader: entriesIn('guides'), schema: guideSchema }),
	comparisons: defineCollection({
		loader: entriesIn('comparisons', true),
		schema: createComparisonSchema(reference('tools')),
	}),
	glossary: defineCollection({
		loader: glossaryFile(`${contentRoot}/glossary.yaml`),
		schema: glossaryTermSchema,
	}),
};
