import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {ARABIC_LETTER, CLOSING_PUNCTUATION} from '../../../src/shared/arabic/characters.ts'
import {blockText, toHeading, type Block} from './blocks.ts'
import {countChanges} from './report.ts'

export interface Options {
  /** Longest line, in words, that can be a subheading (default: 10). */
  maxWords?: number
  /** Longest line, in characters, that can be a subheading (default: 70). */
  maxCharacters?: number
}

const emptyOptions: Options = {}

/**
 * Turn a short line without closing punctuation or a colon that stands
 * between two paragraphs into a `##` heading (the seed's `إجلاء الجرحى`).
 *
 * Reasoning: scraped text loses the `<h2>` markup but keeps its line.
 * A candidate needs a longer paragraph on both sides (so never the lead
 * or the last line), so a run of short lines (a list, a signature block)
 * stays text. Counts the headings made.
 */
export function remarkDetectSubheadings(options?: Options) {
  const settings = options || emptyOptions
  const maxWords = settings.maxWords ?? 10
  const maxCharacters = settings.maxCharacters ?? 70

  function isCandidate(block: Block): boolean {
    if (block.type !== 'paragraph') return false
    const text = blockText(block)
    return (
      text.length <= maxCharacters &&
      text.split(' ').length <= maxWords &&
      ARABIC_LETTER.test(text) &&
      !CLOSING_PUNCTUATION.test(text) &&
      // `محلل أمريكي: روسيا بدلت خطتها`: a headline (of a linked story), not a section title.
      !text.includes(':')
    )
  }

  return function (tree: Root, file: VFile) {
    const blocks = tree.children
    let made = 0
    for (let index = 1; index < blocks.length - 1; index++) {
      const block = blocks[index]
      const before = blocks[index - 1]
      const after = blocks[index + 1]
      if (
        block.type === 'paragraph' &&
        before.type === 'paragraph' &&
        after.type === 'paragraph' &&
        isCandidate(block) &&
        !isCandidate(before) &&
        !isCandidate(after)
      ) {
        blocks[index] = toHeading(block, 2)
        made++
      }
    }
    countChanges(file, 'detectSubheadings', made)
  }
}
