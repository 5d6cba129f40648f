import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {forEachText} from './blocks.ts'
import {countChanges} from './report.ts'

/**
 * Collapse runs of whitespace (tabs, no-break and other Unicode spaces) to
 * one space, trim each block, and drop blocks left empty.
 * Counts the blocks whose spacing changed; empty blocks are not content,
 * so they are removed without a record.
 */
export function remarkCollapseWhitespace() {
  return function (tree: Root, file: VFile) {
    let changed = 0
    forEachText(tree, (node) => {
      const collapsed = node.value.replace(/\s+/g, ' ').trim()
      if (collapsed !== node.value) {
        node.value = collapsed
        changed++
      }
    })
    tree.children = tree.children.filter((block) => !('children' in block) || block.children.some(hasText))
    countChanges(file, 'collapseWhitespace', changed)
  }
}

function hasText(node: Root['children'][number]): boolean {
  return node.type === 'text' ? node.value !== '' : 'children' in node
}
