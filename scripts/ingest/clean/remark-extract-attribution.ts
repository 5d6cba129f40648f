import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {blockLine, blockText} from './blocks.ts'
import {recordRemoval} from './report.ts'

/**
 * A credit line: `المصدر : الجزيرة + وكالات`, `المصادر: …`,
 * `* نقلا عن "الخليج" الإماراتية`. Group 1 is the credited source.
 * `المصدر` needs its colon: without one it starts a sentence
 * (`المصدر الدبلوماسي أكد …`).
 */
const ATTRIBUTION = /^[*•\-–\s]*(?:(?:المصدر|المصادر)\s*:|نقلا\s+عن|نقلاً\s+عن)\s*(.+?)\s*\.?$/

/** Credit lines are short; a long line starting `نقلا عن` is a sentence. */
const MAX_WORDS = 8

/**
 * Move attribution lines out of the body into `file.data.source`
 * (the ingest writes them to the frontmatter's `source`).
 */
export function remarkExtractAttribution() {
  return function (tree: Root, file: VFile) {
    tree.children = tree.children.filter((node) => {
      if (node.type !== 'paragraph') return true
      const text = blockText(node)
      const match = ATTRIBUTION.exec(text)
      if (!match || match[1].split(' ').length > MAX_WORDS) return true
      ;(file.data.source ??= []).push(match[1])
      recordRemoval(file, {rule: 'extractAttribution', text, line: blockLine(node)})
      return false
    })
  }
}
