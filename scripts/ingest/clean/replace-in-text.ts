import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {forEachText} from './blocks.ts'
import {countChanges} from './report.ts'

/**
 * Apply `pattern` → `replacement` to every text node and count the matches
 * under `rule`. The shared body of the character-level cleaning rules.
 */
export function replaceInText(
  tree: Root,
  file: VFile,
  rule: string,
  pattern: RegExp,
  replacement: string | ((...match: string[]) => string)
): void {
  let count = 0
  forEachText(tree, (node) => {
    node.value = node.value.replace(pattern, (...args: string[]) => {
      count++
      return typeof replacement === 'string' ? replacement : replacement(...args)
    })
  })
  countChanges(file, rule, count)
}
