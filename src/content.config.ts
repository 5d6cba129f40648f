import {defineCollection} from 'astro:content'
import {glob} from 'astro/loaders'
import {ActorIdSchema, RegistryActorSchema} from './shared/schemas/actor.ts'

/**
 * The content folder (`ARSHIF_CONTENT`, default `./content`; tests point
 * it elsewhere).
 *
 * Articles (`content/articles/*.md`, written by the ingest) are not a
 * collection: the site reads them itself (`src/site/archive/load-archive.ts`),
 * because Astro's collection store does not scale to 100,000 articles.
 */
const content = process.env.ARSHIF_CONTENT ?? './content'

/**
 * The curated actor registry, `content/actors/<id>.yaml`. The entry id is
 * the file name; an `id` field in the file, if any, must agree.
 */
const actors = defineCollection({
  loader: glob({
    // `_not-actors.yaml` (no actor: phrases the matcher skips) starts with `_`, as no id can.
    pattern: '[!_]*.yaml',
    base: `${content}/actors`,
    generateId: ({entry}) => entry.replace(/\.yaml$/, '')
  }),
  schema: RegistryActorSchema.extend({id: ActorIdSchema.optional()})
})

export const collections = {actors}
