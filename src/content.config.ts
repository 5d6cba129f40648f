import {defineCollection} from 'astro:content'
import {glob} from 'astro/loaders'
import {ArticleSchema} from './shared/schemas/article.ts'

/**
 * Articles written by the ingest (`npm run ingest`) to `content/articles/`.
 * The schema is the one the ingest validates against before writing.
 * `ARSHIF_CONTENT` points the site at another content folder (tests do).
 */
const content = process.env.ARSHIF_CONTENT ?? './content'

const articles = defineCollection({
  loader: glob({
    pattern: '*.md',
    base: `${content}/articles`,
    // The file name is the article's id; keep it exactly (no slugifying).
    generateId: ({entry}) => entry.replace(/\.md$/, '')
  }),
  schema: ArticleSchema
})

export const collections = {articles}
