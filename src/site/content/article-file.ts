import {parseFrontmatter} from '@astrojs/markdown-remark'
import {ArticleSchema, type Article} from '../../shared/schemas/article.ts'
import {parseWithFriendlyErrors} from '../../shared/schemas/friendly-errors.ts'

/** An article file of the content folder, read and validated. */
export interface ArticleFile {
  /** The file name without `.md`: the article's id and page address. */
  id: string
  /** Path, for messages. */
  path: string
  data: Article
  /** The Markdown body. */
  body: string
}

/**
 * Read an article file as the ingest wrote it (YAML frontmatter, Markdown
 * body), validated with the schema the ingest validates against before
 * writing. Bad input throws one readable error naming the file.
 */
export function parseArticleFile(text: string, path: string, id: string): ArticleFile {
  let parsed
  try {
    parsed = parseFrontmatter(text)
  } catch (error) {
    throw new Error(`${path}: frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}`)
  }
  const data = parseWithFriendlyErrors(ArticleSchema, parsed.frontmatter, path)
  if (data.id !== id) throw new Error(`${path}: \`id\` is "${data.id}", expected the file name "${id}"`)
  return {id, path, data, body: parsed.content}
}
