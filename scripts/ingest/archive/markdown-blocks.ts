/** An article file split into its YAML frontmatter and its Markdown body. */
export interface ArticleParts {
  yaml: string
  body: string
}

/** `---\n<yaml>\n---\n<body>`, as `serializeArticle` writes it; `undefined` for any other shape. */
export function splitArticleFile(text: string): ArticleParts | undefined {
  if (!text.startsWith('---\n')) return undefined
  const end = text.indexOf('\n---\n', 3)
  return end === -1 ? undefined : {yaml: text.slice(4, end + 1), body: text.slice(end + 5)}
}

/** What `remark-stringify` escapes with a backslash, and character references it may write. */
const ESCAPE = /\\([!-/:-@[-`{-~])|&#x([0-9A-Fa-f]+);|&#(\d+);/g

/**
 * The paragraphs and headings of a body the ingest wrote, as text: one
 * block a line, heading marks dropped, escapes undone (`\*` → `*`).
 * The ingest writes only paragraphs and headings, each on one line.
 */
export function markdownBlocks(body: string): string[] {
  return body
    .split('\n')
    .map((line) => line.replace(/^#{1,6} /, '').replace(ESCAPE, (_, escaped, hex, decimal) => escaped ?? String.fromCodePoint(hex ? parseInt(hex, 16) : Number(decimal))))
    .filter((line) => line.trim() !== '')
}
