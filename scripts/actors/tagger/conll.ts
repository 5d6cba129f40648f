import {readFileSync} from 'node:fs'
import {isTag, type Tag} from './tags.ts'

/** One sentence of a CoNLL file: its tokens and their gold tags. */
export interface ConllSentence {
  tokens: string[]
  tags: Tag[]
  /** Line number (1-based) of the sentence's first token, for messages. */
  line: number
}

/**
 * Reads CoNLL text: one `token<TAB>tag` (or `token tag`) a line, a blank
 * line between sentences. The token may hold any character but a tab or a
 * line end (ANERcorp tokens carry U+200F marks, and a few are empty); the
 * tag is the last field.
 *
 * @throws Error naming `file`, the line and the reason for the first bad line.
 */
export function parseConll(text: string, file: string): ConllSentence[] {
  const sentences: ConllSentence[] = []
  let current: ConllSentence | undefined
  const lines = text.split(/\r\n|\r|\n/)
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]
    if (line.trim() === '') {
      current = undefined
      continue
    }
    const tab = line.lastIndexOf('\t')
    const split = tab >= 0 ? tab : line.lastIndexOf(' ')
    // ANERcorp has a few empty tokens (`<TAB>O`): kept, so the file's token count holds.
    const token = split >= 0 ? line.slice(0, split) : ''
    const tag = split >= 0 ? line.slice(split + 1).trim() : ''
    if ((token === '' && tab < 0) || tag === '') {
      throw new Error(`${file}:${index + 1}: expected "token<TAB>tag", not \`${line}\``)
    }
    if (!isTag(tag)) {
      throw new Error(`${file}:${index + 1}: unknown tag \`${tag}\`: expected O or B-/I- with PERS, LOC, ORG or MISC`)
    }
    if (!current) {
      current = {tokens: [], tags: [], line: index + 1}
      sentences.push(current)
    }
    current.tokens.push(token)
    current.tags.push(tag)
  }
  return sentences
}

/** Reads and parses a CoNLL file (UTF-8). */
export function readConllFile(file: string): ConllSentence[] {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    throw new Error(`${file}: cannot read the file`, {cause: error})
  }
  return parseConll(text, file)
}
