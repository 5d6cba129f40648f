import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {replaceInText} from './replace-in-text.ts'

/** Arabic letters and marks: what may stand on either side of a stretch. */
const LETTER_OR_MARK = '[\\u0621-\\u063A\\u0641-\\u065F\\u0670-\\u06D3]'

/**
 * Kashida that stretches a word or joins nothing: tatweel before an Arabic
 * letter (inside a word), or not after one (at a word's start, alone).
 */
const STRETCHING_TATWEEL = new RegExp(
  `\\u0640+(?=${LETTER_OR_MARK})|(?<!${LETTER_OR_MARK})\\u0640+`,
  'g'
)

/** A run of tatweel after a letter that still joins it to what follows. */
const REPEATED_JOINING_TATWEEL = /\u0640{2,}/g

/**
 * Remove kashida (tatweel, U+0640) used to stretch words (`الْعَرَبِــــــيَّة`),
 * counting the runs removed.
 *
 * Keeps one tatweel where it joins a one-letter prefix to a number, a quote
 * or a Latin word (`بـ"حزب الله"`, `بـ15`): that is how Arabic typesetting
 * shows the prefix's joined form, and removing it would change the reading.
 * Search normalization drops those too, so matching is not affected.
 */
export function remarkRemoveTatweel() {
  return function (tree: Root, file: VFile) {
    replaceInText(tree, file, 'removeTatweel', STRETCHING_TATWEEL, '')
    replaceInText(tree, file, 'removeTatweel', REPEATED_JOINING_TATWEEL, '\u0640')
  }
}
