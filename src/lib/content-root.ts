/**
 * Where the content collections are read from: `content/` unless CONTENT_DIR names another
 * folder. The bad-content tests point it at a copy that holds one broken file.
 */
export const contentRoot = process.env.CONTENT_DIR ?? './content';
