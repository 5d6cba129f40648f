import {TEXT_ANCHOR_ID} from '../../src/shared/search/bundle.ts'
import {escapeHtml} from '../../src/shared/search/excerpt.ts'
import type {SearchPage} from './read-page.ts'

/**
 * The page Pagefind indexes in place of a built page: its body with every
 * word replaced by its index token (headings stay headings, so they keep
 * their weight), and the original text in the anchor `TEXT_ANCHOR_ID`,
 * which results show. Word `i` of the body is word `i` of the original
 * text, so a match's position is the original word to show and highlight.
 *
 * The meta, filter and sort elements come first: Pagefind takes the first
 * `<h1>` as the title only while none is set.
 */
export function pageToRecord(page: SearchPage, indexer: (text: string) => string[]): string {
  const head: string[] = []
  for (const [key, value] of Object.entries(page.meta)) head.push(element('div', {'data-pagefind-meta': key}, value))
  for (const [key, values] of Object.entries(page.filters)) {
    for (const value of values) head.push(element('div', {'data-pagefind-filter': key}, value))
  }
  for (const [key, value] of Object.entries(page.sort)) head.push(element('div', {'data-pagefind-sort': key}, value))
  const text = page.blocks.map((block) => block.text).join('\n')
  const body = [
    element('span', {id: TEXT_ANCHOR_ID, 'data-pagefind-title': text}, ''),
    ...page.blocks.map((block) =>
      element(block.tag, block.weight === undefined ? {} : {'data-pagefind-weight': String(block.weight)}, indexer(block.text).join(' '))
    )
  ]
  return `<!doctype html><html><body>${head.join('')}<main data-pagefind-body>${body.join('')}</main></body></html>`
}

function element(tag: string, attributes: Record<string, string>, text: string): string {
  const attributeText = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('')
  return `<${tag}${attributeText}>${escapeHtml(text)}</${tag}>`
}
