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
}

/** One paragraph a line; blank lines separate nothing and are skipped. */
export function linesToBlocks(text: string, firstLine = 1): RawBlock[] {
  const blocks: RawBlock[] = []
  text.split('\n').forEach((line, index) => {
    if (line.trim() !== '') blocks.push({type: 'paragraph', text: line, line: firstLine + index})
  })
  return blocks
}
