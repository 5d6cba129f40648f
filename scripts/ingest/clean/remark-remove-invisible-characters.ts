import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {INVISIBLE_FORMAT_CHARACTERS} from '../../../src/shared/arabic/characters.ts'
import {replaceInText} from './replace-in-text.ts'

/**
 * Remove zero-width characters, soft hyphens and bidi controls (LRM, RLM,
 * ALM, embeddings, overrides, isolates). Counts the characters removed.
 *
 * Reasoning: scraped pages carry them from their markup; they are invisible,
 * break matching, and overrides can reorder what the reader sees. The site
 * sets direction with markup (`dir`), never with control characters.
 */
export function remarkRemoveInvisibleCharacters() {
  return function (tree: Root, file: VFile) {
    replaceInText(tree, file, 'removeInvisibleCharacters', INVISIBLE_FORMAT_CHARACTERS, '')
  }
}
