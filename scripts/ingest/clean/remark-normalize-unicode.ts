import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {forEachText} from './blocks.ts'
import {countChanges} from './report.ts'

/**
 * Put all text in Unicode Normalization Form C.
 *
 * Reasoning: the same Arabic word can arrive as a precomposed letter
 * (U+0623 أ) or as alef + combining hamza (U+0627 U+0654); NFC makes them
 * one string, so deduplication, matching and search agree.
 * Counts the text nodes it changed.
 */
export function remarkNormalizeUnicode() {
  return function (tree: Root, file: VFile) {
    let changed = 0
    forEachText(tree, (node) => {
      const normalized = node.value.normalize('NFC')
      if (normalized !== node.value) {
        node.value = normalized
        changed++
      }
    })
    countChanges(file, 'normalizeUnicode', changed)
  }
}
