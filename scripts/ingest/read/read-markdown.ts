import path from 'node:path'
import type {Nodes, Root, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {parseMetadata} from './parse-metadata.ts'
import {splitAtSeparators, type RawArticle, type RawBlock} from './raw-article.ts'
import {readTextFile} from './read-file.ts'
import {sha256Hex} from '../../fixity/sha256.ts'

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze()

/**
 * A `.md` article: YAML frontmatter for metadata, the Markdown body as
 * paragraphs and headings. Inline formatting is reduced to its text (the
 * archive keeps words, not styling); list items and quotes become
 * paragraphs.
 */
export async function readMarkdown(file: string): Promise<RawArticle> {
  const {text, bytes} = await readTextFile(file)
  const tree = parser.parse(text) as Root
  let metadata: Record<string, unknown> = {}
  const blocks: RawBlock[] = []
  for (const node of tree.children) {
    // Frontmatter starts on line 2, after the opening `---`.
    if (node.type === 'yaml') metadata = parseMetadata(node.value, 'yaml', 'frontmatter', 2)
    else collectBlocks(node, blocks)
  }
  return {file, givenId: path.basename(file, path.extname(file)), metadata, blocks, sourceText: text, inputSha256: sha256Hex(bytes)}
}

function collectBlocks(node: RootContent, blocks: RawBlock[]): void {
  const line = node.position?.start.line ?? 1
  switch (node.type) {
    case 'heading':
      blocks.push({type: 'heading', text: plainText(node), line})
      return
    case 'paragraph':
    case 'code':
    case 'html':
    case 'table':
      for (const text of splitAtSeparators(plainText(node))) blocks.push({type: 'paragraph', text, line})
      return
    case 'list':
    case 'listItem':
    case 'blockquote':
      for (const child of node.children) collectBlocks(child, blocks)
      return
    default:
      return
  }
}

/** The text of a block on one line (soft line breaks become spaces). */
function plainText(node: Nodes): string {
  const text = 'value' in node && typeof node.value === 'string' ? node.value : toString(node)
  return text.replace(/\s*\n\s*/g, ' ')
}
