import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { layerSchema } from './schemas/layer.ts';
import { guideSchema } from './schemas/guide.ts';
import { createToolSchema } from './schemas/tool.ts';
import { createComparisonSchema } from './schemas/comparison.ts';
import { glossaryTermSchema } from './schemas/glossary.ts';
import { contentRoot } from './lib/content-root.ts';
import { reviewedMdx } from './loaders/reviewed-mdx.ts';
import { glossaryFile } from './loaders/glossary-file.ts';

/** Every collection reads MDX files from one folder of `content/`, named like the collection. */
const mdxIn = (folder: string) => glob({ pattern: '*.mdx', base: `${contentRoot}/${folder}` });

export const collections = {
	layers: defineCollection({ loader: mdxIn('layers'), schema: layerSchema }),
	tools: defineCollection({
		loader: reviewedMdx(`${contentRoot}/tools`),
		schema: createToolSchema({ layer: reference('layers'), tool: reference('tools') }),
	}),
	guides: defineCollection({ loader: mdxIn('guides'), schema: guideSchema }),
	comparisons: defineCollection({
		loader: reviewedMdx(`${contentRoot}/comparisons`),
		schema: createComparisonSchema(reference('tools')),
	}),
	glossary: defineCollection({
		loader: glossaryFile(`${contentRoot}/glossary.yaml`),
		schema: glossaryTermSchema,
	}),
};
