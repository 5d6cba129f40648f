import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {replaceInText} from './replace-in-text.ts'

/**
 * A hashtag at the start of a word: `#` then letters, marks, digits and
 * underscores, starting with a letter (so `#1` and `C#` stay).
 */
const HASHTAG = /(?<![\p{L}\p{N}_])#(\p{L}[\p{L}\p{M}\p{N}_]*)/gu

/**
 * Turn hashtag artifacts into plain words: `#قطاع_غزة` → `قطاع غزة`.
 * Counts the hashtags unwrapped.
 *
 * Reasoning: outlets tag names in running text for social media; in an
 * archive the `#` and `_` are noise that also hide the words from search
 * and actor matching.
 */
export function remarkUnwrapHashtags() {
  return function (tree: Root, file: VFile) {
    replaceInText(tree, file, 'unwrapHashtags', HASHTAG, (_hashtag, words) =>
      words.replace(/_+/g, ' ').trim()
    )
  }
}
