import {readFileSync} from 'node:fs'
import {tokenize} from '../../../src/shared/arabic/tokenize.ts'

/** Where the unlabeled corpus sits, from the project root: the ANT extract beside the project. */
export const DEFAULT_CORPUS = '../shared/corpus/ant-2018-dev.jsonl'

/**
 * Reads a JSONL file of articles (one JSON object a line with a string
 * `text`, one paragraph a line, and an optional `title`): each article as
 * a document of its title and paragraphs, each tokenized as `tokenize`
 * splits text. With `limit`, the first `limit` articles only: the lines
 * after them are neither parsed nor tokenized.
 *
 * @throws Error naming the file, and the line of the first malformed one
 */
export function readArticleDocuments(file: string, limit = Number.POSITIVE_INFINITY): string[][][] {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    throw new Error(`${file}: cannot read the corpus`, {cause: error})
  }
  const documents: string[][][] = []
  const lines = text.split('\n')
  for (let index = 0; index < lines.length && documents.length < limit; index++) {
    if (lines[index].trim() === '') continue
    let article: {title?: unknown; text?: unknown}
    try {
      article = JSON.parse(lines[index])
    } catch {
      throw new Error(`${file}:${index + 1}: expected a JSON object`)
    }
    if (typeof article?.text !== 'string') throw new Error(`${file}:${index + 1}: expected a string \`text\``)
    const paragraphs = [typeof article.title === 'string' ? article.title : '', ...article.text.split('\n')]
    documents.push(
      paragraphs.filter((paragraph) => paragraph.trim() !== '').map((paragraph) => tokenize(paragraph).map((token) => token.text))
    )
  }
  return documents
}

/**
 * The lines of a JSON Lines file, parsed, with their line numbers; `keep`
 * picks lines before they are parsed (see `recordIdOf`). Blank lines are skipped.
 *
 * @throws Error naming the file, and the line of the first that is not JSON
 */
export function readJsonLines<T>(file: string, keep: (line: string) => boolean = () => true): {record: T; line: number}[] {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    throw new Error(`${file}: cannot read the file`, {cause: error})
  }
  return text.split('\n').flatMap((line, index) => {
    if (line.trim() === '' || !keep(line)) return []
    try {
      return [{record: JSON.parse(line) as T, line: index + 1}]
    } catch {
      throw new Error(`${file}:${index + 1}: expected a JSON object`)
    }
  })
}

/**
 * The `id` of a corpus line without parsing it (the corpus writes `id`
 * first): picking a few articles out of 12,235 parses only those.
 */
export function recordIdOf(line: string): string | undefined {
  return /^\{"id": ?"([^"]+)"/.exec(line)?.[1]
}
