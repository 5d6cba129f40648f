import type {SitePaths} from '../paths.ts'
import type {ArchiveArticle} from './archive-article.ts'

/** An article as the JSON API names it, in an actor's timeline or a story. */
export interface ArticleJson {
  id: string
  title: string
  date?: string
  outlet?: string
  /** The article's page on this site. */
  url: string
  /** The original article. */
  source?: string
}

export function articleToJson(article: ArchiveArticle, paths: SitePaths, absolute: (path: string) => string): ArticleJson {
  return {
    id: article.id,
    title: article.title,
    ...(article.date && {date: article.date}),
    ...(article.outlet && {outlet: article.outlet}),
    url: absolute(paths.article(article.id)),
    ...(article.url && {source: article.url})
  }
}
