import type {ArticleActor, ActorType} from '../../src/shared/schemas/actor.ts'
import {ArticleSchema} from '../../src/shared/schemas/article.ts'
import {articleToArchiveArticle, type ArchiveArticle} from '../../src/site/archive/archive-article.ts'

/** An actor as an article's frontmatter lists it. */
export function mention(id: string, type: ActorType = 'person', mentions = 1, name = id): ArticleActor {
  return {id, name, type, mentions, forms: [name]}
}

/** An archive record from frontmatter fields, validated by the real schema. */
export function record(id: string, fields: Record<string, unknown> = {}): ArchiveArticle {
  const data = ArticleSchema.parse({id, title: `عنوان ${id}`, lang: 'ar', ...('date' in fields ? {} : {undated: true}), ...fields})
  return articleToArchiveArticle(id, data)
}
