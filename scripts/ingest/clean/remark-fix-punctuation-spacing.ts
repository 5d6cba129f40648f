import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {replaceInText} from './replace-in-text.ts'

/** Space before a mark that attaches to the word before it. */
const SPACE_BEFORE_MARK = /(?<=\S) +(?=[،؛؟,;?!.:](?:\s|$|["»”)]))/g

/** Arabic comma, semicolon or question mark glued to the next word. */
const NO_SPACE_AFTER_ARABIC_MARK = /([،؛؟])(?=[\p{L}«"(])/gu

/**
 * Fix spacing around punctuation: no space before `، ؛ ؟ . , : ; ! ?`
 * (`عام 2002 .` → `عام 2002.`), one space after the Arabic comma, semicolon
 * and question mark when a word follows (`كتاب،مدرسة` → `كتاب، مدرسة`).
 * Counts the fixes.
 *
 * Latin `. ,` after a word are left alone: they also stand in numbers,
 * abbreviations and addresses (`3.5`, `U.S.`, `bbc.com`).
 */
export function remarkFixPunctuationSpacing() {
  return function (tree: Root, file: VFile) {
    replaceInText(tree, file, 'fixPunctuationSpacing', SPACE_BEFORE_MARK, '')
    replaceInText(tree, file, 'fixPunctuationSpacing', NO_SPACE_AFTER_ARABIC_MARK, (mark) => `${mark} `)
  }
}
