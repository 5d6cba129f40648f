import {readdir, readFile} from 'node:fs/promises'
import path from 'node:path'
import {parseArticleFile, type ArticleFile} from './article-file.ts'

/** An article file's id (its name without `.md`) and path. */
export interface ArticleFileName {
  id: string
  path: string
}

/** The article files of `<content>/articles/*.md`, in file-name order; none for a missing folder. */
export async function listArticleFiles(content: string): Promise<ArticleFileName[]> {
  const folder = path.join(content, 'articles')
  const names = (await readdir(folder).catch(() => [] as string[])).filter((name) => name.endsWith('.md')).sort()
  return names.map((name) => ({id: name.slice(0, -'.md'.length), path: path.join(folder, name)}))
}

/**
 * Every article of `<content>/articles/*.md`, in file-name order. A
 * missing folder is an empty archive; an invalid file stops the build
 * with an error naming it.
 */
export async function readArticles(content: string): Promise<ArticleFile[]> {
  return Promise.all((await listArticleFiles(content)).map(readArticleFile))
}

/** One article file, read and validated (`parseArticleFile`). */
export async function readArticleFile(file: ArticleFileName): Promise<ArticleFile> {
  return parseArticleFile(await readFile(file.path, 'utf8'), file.path, file.id)
}
