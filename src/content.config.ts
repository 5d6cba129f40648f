import {defineCollection} from 'astro:content'
import {glob} from 'astro/loaders'
import {ActorIdSchema, RegistryActorSchema} from './shared/schemas/actor.ts'
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
    generateId: ({entry}) => entry.replace(/\.md$/, ''),
    // Pages use the rendered HTML, never the Markdown source: leaving the
    // body out halves the data store every page build loads.
    retainBody: false
  }),
  schema: ArticleSchema
})

/**
 * The curated actor registry, `content/actors/<id>.yaml`. The entry id is
 * the file name; an `id` field in the file, if any, must agree.
 */
const actors = defineCollection({
  loader: glob({
    pattern: '*.yaml',
    base: `${content}/actors`,
    generateId: ({entry}) => entry.replace(/\.yaml$/, '')
  }),
  schema: RegistryActorSchema.extend({id: ActorIdSchema.optional()})
})

export const collections = {articles, actors}
