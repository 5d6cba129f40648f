import type {Root} from 'mdast'
import {unified, type Pluggable} from 'unified'
import {VFile} from 'vfile'
import {blockText, paragraph} from '../../scripts/ingest/clean/blocks.ts'

export interface RuleResult {
  /** Each block as `text`, headings as `## text`. */
  blocks: string[]
  cleaning: Record<string, number>
  removed: string[]
  source: string[]
}

/** Run cleaning plugins over paragraphs given one a line, as the ingest does. */
export function runRules(plugins: Pluggable | Pluggable[], lines: string[]): RuleResult {
  const tree: Root = {type: 'root', children: lines.map((line, index) => paragraph(line, index + 1))}
  const file = new VFile()
  unified()
    .use(Array.isArray(plugins) ? plugins : [plugins])
    .runSync(tree, file)
  return {
    blocks: tree.children.map((node) =>
      node.type === 'heading' ? `## ${blockText(node)}` : blockText(node as never)
    ),
    cleaning: file.data.cleaning ?? {},
    removed: (file.data.removed ?? []).map((removed) => removed.text),
    source: file.data.source ?? []
  }
}
