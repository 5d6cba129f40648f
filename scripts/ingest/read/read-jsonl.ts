import {IngestError} from '../messages.ts'
import {linesToBlocks, type RawArticle} from './raw-article.ts'
import {MAX_ARTICLE_BYTES} from './read-file.ts'
import {readLines} from './read-lines.ts'
import {sha256Hex} from '../../fixity/sha256.ts'

/** A JSONL line that became an article, or the error that stopped it. */
export type JsonlRecord = {article: RawArticle; error?: undefined} | {article?: undefined; error: IngestError}

/**
 * Stream the records of a `.jsonl` file (UTF-8, one JSON object a line, an
 * optional byte order mark): `{id, title, date, url, outlet, text}` plus any
 * optional metadata. Each line is parsed on its own, so one bad line costs
 * one article; blank lines are skipped.
 */
export async function* readJsonl(file: string): AsyncGenerator<JsonlRecord> {
  let lineNumber = 0
  for await (const rawLine of readLines(file)) {
    lineNumber++
    const line = lineNumber === 1 ? rawLine.replace(/^\uFEFF/, '') : rawLine
    if (line.trim() === '') continue
    try {
      yield {article: parseRecord(file, line, lineNumber)}
    } catch (error) {
      if (!(error instanceof IngestError)) throw error
      yield {error}
    }
  }
}

function parseRecord(file: string, line: string, lineNumber: number): RawArticle {
  if (line.length > MAX_ARTICLE_BYTES) {
    throw new IngestError('oversized', 'record is over the 5 MiB limit for one article', lineNumber)
  }
  if (line.includes('\uFFFD')) {
    throw new IngestError('undecodable', 'record is not valid UTF-8 (JSONL must be UTF-8)', lineNumber)
  }
  let record: unknown
  try {
    record = JSON.parse(line)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    throw new IngestError('malformed-json', `malformed JSON: ${detail}`, lineNumber)
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    throw new IngestError('malformed-json', 'expected a JSON object', lineNumber)
  }
  const {id, text, ...metadata} = record as Record<string, unknown>
  if (typeof id !== 'string' && typeof id !== 'number') {
    throw new IngestError('missing-id', 'record has no `id` (a string)', lineNumber)
  }
  if (text !== undefined && text !== null && typeof text !== 'string') {
    throw new IngestError('malformed-json', `\`text\` must be a string, not ${JSON.stringify(text).slice(0, 40)}`, lineNumber)
  }
  // A record with a title and no text is kept as a title-only article; one with neither is nothing.
  if (!text?.trim() && !hasText(metadata.title)) {
    throw new IngestError('empty', 'record has neither `text` nor `title`', lineNumber)
  }
  return {
    file,
    line: lineNumber,
    givenId: String(id),
    metadata,
    // Paragraphs are lines inside the record; messages point at the record's line.
    blocks: linesToBlocks((text ?? '').replace(/\r\n?/g, '\n')).map((block) => ({...block, line: lineNumber})),
    sourceText: line,
    inputSha256: sha256Hex(line)
  }
}

function hasText(value: unknown): boolean {
  return (typeof value === 'string' && value.trim() !== '') || typeof value === 'number'
}
