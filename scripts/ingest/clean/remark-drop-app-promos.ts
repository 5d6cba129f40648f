import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {blockLine, blockText} from './blocks.ts'
import {recordRemoval} from './report.ts'

const RULE = 'dropAppPromos'

/**
 * An outlet's invitation to install its app, which scrapers keep at the end
 * of the article: `يمكنكم استلام إشعارات بأهم الموضوعات بعد تحميل أحدث
 * نسخة من تطبيق بي بي سي عربي على هاتفكم المحمول.` (384 of the corpus's
 * BBC Arabic articles, with `تسلم` or `استلام`).
 */
const APP_PROMO = /^يمكنكم\s+(?:استلام|تسلم|تسلّم)\s+إشعارات\s.{0,120}تطبيق/u

/** A line of dashes that the page sets above the invitation. */
const SEPARATOR = /^[-_–—*=\\\s]{3,}$/u

/**
 * Drop app promotions and the separator line right above one. Besides the
 * page's clutter, they name the outlet in every article, which made BBC an
 * actor of 384 articles that never cite it.
 */
export function remarkDropAppPromos() {
  return function (tree: Root, file: VFile) {
    const kept: Root['children'] = []
    for (const node of tree.children) {
      if (node.type !== 'paragraph' || !APP_PROMO.test(blockText(node))) {
        kept.push(node)
        continue
      }
      const above = kept.at(-1)
      if (above?.type === 'paragraph' && SEPARATOR.test(blockText(above))) {
        kept.pop()
        recordRemoval(file, {rule: RULE, text: blockText(above), line: blockLine(above)})
      }
      recordRemoval(file, {rule: RULE, text: blockText(node), line: blockLine(node)})
    }
    tree.children = kept
  }
}
