import type {VFile} from 'vfile'
import {z} from 'astro/zod'
import {ArticleActorSchema, type ArticleActor} from '../../shared/schemas/actor.ts'
import {parseWithFriendlyErrors} from '../../shared/schemas/friendly-errors.ts'

/** The part of an article's frontmatter the site's Markdown plugins read. */
const FrontmatterActorsSchema = z.object({
  actors: z.array(ArticleActorSchema).default([])
})

/** The frontmatter Astro hands to remark plugins (`file.data.astro.frontmatter`). */
export function frontmatterOf(file: VFile): Record<string, unknown> {
  const astro = (file.data.astro ??= {})
  return (astro.frontmatter ??= {})
}

/**
 * The actors an article's frontmatter lists, validated with the shared
 * schema (the content collection validates the same data; this throws
 * the same readable error if a plugin ever sees data it did not).
 */
export function frontmatterActors(file: VFile): ArticleActor[] {
  const frontmatter = frontmatterOf(file)
  return parseWithFriendlyErrors(FrontmatterActorsSchema, frontmatter, `${file.path ?? 'article'}: frontmatter`).actors
}
