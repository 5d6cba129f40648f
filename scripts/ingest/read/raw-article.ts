/**
 * One article as read from its source, before any cleaning or validation.
 * Readers for each input format produce this; the ingest turns it into
 * Markdown.
 */
export interface RawBlock {
  type: 'paragraph' | 'heading'
  text: string
  /** 1-based line of the block in its file. */
  line: number
}

export interface RawArticle {
  /** Path of the input file, as shown in messages. */
  file: string
  /** Line of the record in a JSONL file. */
  line?: number
  /** Identifier as given: the file name's stem or the record's `id`. */
  givenId: string
  /** Metadata fields as given (sidecar, frontmatter or record), unvalidated. */
  metadata: Record<string, unknown>
  blocks: RawBlock[]
  /** The exact input text the article came from, for change detection. */
  sourceText: string
  /**
   * SHA-256 (hex) of the input bytes: the file's, then its sidecar's; for a
   * JSONL record, its line as UTF-8 without the line end.
   */
  inputSha256: string
}

/**
 * One paragraph a line; blank lines separate nothing and are skipped. A
 * line or paragraph separator (U+2028, U+2029) inside a line also ends a
 * paragraph: word processors and scrapers write them where a line break was.
 */
export function linesToBlocks(text: string, firstLine = 1): RawBlock[] {
  const blocks: RawBlock[] = []
  text.split('\n').forEach((line, index) => {
    for (const part of splitAtSeparators(line)) blocks.push({type: 'paragraph', text: part, line: firstLine + index})
  })
  return blocks
}

/** The non-blank pieces of a line between U+2028 and U+2029 separators. */
export function splitAtSeparators(line: string): string[] {
  return line.split(/[\u2028\u2029]/).filter((part) => part.trim() !== '')
}
