import path from 'node:path'
import type {Nodes, Root, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {parse as parseYaml} from 'yaml'
import {IngestError} from '../messages.ts'
import type {RawArticle, RawBlock} from './raw-article.ts'
import {readTextFile} from './read-file.ts'

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze()

/**
 * A `.md` article: YAML frontmatter for metadata, the Markdown body as
 * paragraphs and headings. Inline formatting is reduced to its text (the
 * archive keeps words, not styling); list items and quotes become
 * paragraphs.
 */
export async function readMarkdown(file: string): Promise<RawArticle> {
  const text = await readTextFile(file)
  const tree = parser.parse(text) as Root
  let metadata: Record<string, unknown> = {}
  const blocks: RawBlock[] = []
  for (const node of tree.children) {
    if (node.type === 'yaml') metadata = parseFrontmatter(node.value)
    else collectBlocks(node, blocks)
  }
  return {file, givenId: path.basename(file, path.extname(file)), metadata, blocks, sourceText: text}
}

function parseFrontmatter(yaml: string): Record<string, unknown> {
  let data: unknown
  try {
    data = parseYaml(yaml)
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw new IngestError('invalid-metadata', `cannot parse frontmatter: ${detail}`, 2)
  }
  if (data === null || data === undefined) return {}
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new IngestError('invalid-metadata', 'frontmatter must be a mapping of fields', 2)
  }
  return data as Record<string, unknown>
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
      blocks.push({type: 'paragraph', text: plainText(node), line})
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
