import {readdir, readFile} from 'node:fs/promises'
import path from 'node:path'
import {parseArticleFile, type ArticleFile} from './article-file.ts'

/**
 * Every article of `<content>/articles/*.md`, in file-name order. A
 * missing folder is an empty archive; an invalid file stops the build
 * with an error naming it.
 */
export async function readArticles(content: string): Promise<ArticleFile[]> {
  const folder = path.join(content, 'articles')
  const names = (await readdir(folder).catch(() => [] as string[])).filter((name) => name.endsWith('.md')).sort()
  return Promise.all(
    names.map(async (name) => {
      const file = path.join(folder, name)
      return parseArticleFile(await readFile(file, 'utf8'), file, name.slice(0, -'.md'.length))
    })
  )
}
