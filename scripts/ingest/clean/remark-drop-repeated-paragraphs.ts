import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {blockLine, blockText} from './blocks.ts'
import {recordRemoval} from './report.ts'

/**
 * Drop every paragraph that repeats an earlier one exactly.
 *
 * Scrapers often capture a block of paragraphs twice (the seed holds its
 * first 12 paragraphs twice in a row); exact repeats further down go too.
 * Only exact repeats (after the character cleaning before this rule):
 * paragraphs that merely resemble each other are real text and stay.
 */
export function remarkDropRepeatedParagraphs() {
  return function (tree: Root, file: VFile) {
    const seen = new Set<string>()
    tree.children = tree.children.filter((node) => {
      if (node.type !== 'paragraph' && node.type !== 'heading') return true
      const text = blockText(node)
      if (!seen.has(text)) {
        seen.add(text)
        return true
      }
      recordRemoval(file, {rule: 'dropRepeatedParagraphs', text, line: blockLine(node)})
      return false
    })
  }
}
