import type {ArticleActor, Quote} from '../../../src/shared/schemas/actor.ts'
import type {Article} from '../../../src/shared/schemas/article.ts'
import {ArticleSchema} from '../../../src/shared/schemas/article.ts'
import {parseWithFriendlyErrors} from '../../../src/shared/schemas/friendly-errors.ts'
import {IngestError} from '../messages.ts'
import type {SourceMetadata} from '../metadata/source-metadata.ts'

export interface FrontmatterInput {
  id: string
  metadata: SourceMetadata
  title: string
  titleDerived: boolean
  /** No text left after cleaning; the given title stands alone. */
  titleOnly: boolean
  /** Credits found in the text, used when the metadata gives no `source`. */
  creditsInText: string[]
  /** The article's actors, most mentioned first (see `extractActors`). */
  actors: ArticleActor[]
  /** Reported speech of those actors, in text order. */
  quotes: Quote[]
  cleaning: Record<string, number>
}

/**
 * The frontmatter of one article, fields in a fixed order (so output is
 * byte-stable), validated by the same schema the site's collection uses.
 */
export function toFrontmatter(input: FrontmatterInput): Article {
  const {metadata} = input
  const candidate = {
    id: input.id,
    title: input.title,
    titleDerived: input.titleDerived || undefined,
    date: metadata.date,
    undated: metadata.date === undefined || undefined,
    outlet: metadata.outlet,
    url: metadata.url,
    author: metadata.author,
    source: metadata.source ?? (input.creditsInText.join('؛ ') || undefined),
    category: metadata.category,
    kind: input.titleOnly ? 'title-only' : undefined,
    lang: 'ar',
    actors: input.actors.length > 0 ? input.actors : undefined,
    quotes: input.quotes.length > 0 ? input.quotes : undefined,
    cleaning: Object.keys(input.cleaning).length > 0 ? sortKeys(input.cleaning) : undefined
  }
  try {
    parseWithFriendlyErrors(ArticleSchema, candidate, 'invalid frontmatter')
  } catch (error) {
    throw new IngestError('invalid-frontmatter', (error as Error).message)
  }
  return dropUndefined(candidate) as Article
}

function sortKeys(record: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)))
}

function dropUndefined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined))
}
