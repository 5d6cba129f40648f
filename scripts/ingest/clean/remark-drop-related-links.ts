import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {blockLine, blockText} from './blocks.ts'
import {CLOSING_PUNCTUATION} from '../../../src/shared/arabic/characters.ts'
import {recordRemoval} from './report.ts'

const RULE = 'dropRelatedLinks'

/**
 * A line that announces a link to another article: `اقرأ أيضا: …`,
 * `إقرأ أيضاً| …`, `للمزيد: …`, `شاهد.. …`, `شاهد أيضا …`, `طالع أيضا …`,
 * `قد يهمك|`, `لقراءة التصريحات كاملة اضغط على العنوان التالي:`.
 * `شاهد` alone is not enough: `شاهد عيان` (an eyewitness) starts real text.
 */
const RELATED_LINK = new RegExp(
  [
    '^[*•\\-–\\s]*',
    '(?:',
    '(?:اقرأ|إقرأ|اقرا|إقرا|طالع|شاهد)\\s+(?:أيضا|أيضاً|ايضا|ايضاً|كذلك|المزيد)',
    '|للمزيد\\s*[:،,\\-–|]',
    '|شاهد\\s*(?:\\.\\.|…|:?\\s*بالفيديو)',
    '|قد\\s+يهمك',
    '|(?:لقراءة|لمشاهدة|للاطلاع)\\s.{0,60}(?:اضغط|انقر)',
    ')'
  ].join('')
)

/** The marker alone on its line: the linked headlines follow on their own lines. */
const BARE_MARKER = /^[*•\-–\s]*(?:(?:اقرأ|إقرأ|اقرا|إقرا|طالع|شاهد)\s+(?:أيضا|أيضاً|ايضا|ايضاً|كذلك|المزيد)|قد\s+يهمك(?:\s+أيضا)?|.{0,60}(?:اضغط|انقر).{0,30})\s*[:|\-–]?$/

/** At most this many headline lines follow a bare marker. */
const MAX_LINKED_HEADLINES = 5

/**
 * Drop related-article link lines, which scrapers pick up from the page
 * around the article. After a bare `اقرأ أيضاً:` line, the headline-like
 * lines under it (short, no closing punctuation) are links too and go.
 */
export function remarkDropRelatedLinks() {
  return function (tree: Root, file: VFile) {
    const kept: Root['children'] = []
    let headlinesAllowed = 0
    for (const node of tree.children) {
      if (node.type !== 'paragraph') {
        kept.push(node)
        headlinesAllowed = 0
        continue
      }
      const text = blockText(node)
      const isMarker = RELATED_LINK.test(text)
      if (isMarker || (headlinesAllowed > 0 && looksLikeHeadline(text))) {
        recordRemoval(file, {rule: RULE, text, line: blockLine(node)})
        headlinesAllowed = isMarker ? (BARE_MARKER.test(text) ? MAX_LINKED_HEADLINES : 0) : headlinesAllowed - 1
        continue
      }
      headlinesAllowed = 0
      kept.push(node)
    }
    tree.children = kept
  }
}

function looksLikeHeadline(text: string): boolean {
  return text.split(' ').length <= 16 && !CLOSING_PUNCTUATION.test(text)
}

