import type {Element, ElementContent, Root} from 'hast'
import {fromHtml} from 'hast-util-from-html'

/** One run of text of a page's searchable body, a heading or not. */
export interface TextBlock {
  /** `h1`…`h6` for a heading (Pagefind weighs them higher), `p` for any other text. */
  tag: 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6' | 'p'
  text: string
  /** Pagefind's `data-pagefind-weight` (0–10) in place of the tag's own; only records the index build makes set it. */
  weight?: number
}

/** An actor an article page names, from its `<data data-pagefind-filter="actor">` element. */
export interface PageActor {
  id: string
  name: string
  type: string
}

/**
 * What a built page gives the search index, read with Pagefind's own
 * attributes: the text of `data-pagefind-body` (minus
 * `data-pagefind-ignore` and chrome such as `nav`), and the
 * `data-pagefind-meta`, `data-pagefind-filter` and `data-pagefind-sort`
 * values anywhere on the page.
 */
export interface SearchPage {
  blocks: TextBlock[]
  meta: Record<string, string>
  filters: Record<string, string[]>
  sort: Record<string, string>
  actors: PageActor[]
}

/** Elements whose text is never indexed (Pagefind's own list). */
const SKIPPED = new Set(['head', 'style', 'script', 'noscript', 'label', 'form', 'svg', 'footer', 'nav', 'iframe', 'template'])

/** Elements that end a run of text (Pagefind's sentence elements and a few more block elements). */
const BLOCKS = new Set([
  'p', 'div', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'td', 'th', 'tr', 'table', 'article', 'section', 'main',
  'aside', 'blockquote', 'figure', 'figcaption', 'pre', 'header', 'hr', 'address', 'details', 'summary'
])

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

/**
 * Read a built HTML page. Returns `undefined` for a page without a
 * `data-pagefind-body` element: such pages are not searchable (the home
 * page, the search page itself).
 */
export function readPage(html: string): SearchPage | undefined {
  // Most pages without it (actor timelines, archive lists) are large: skip parsing them.
  if (!html.includes('data-pagefind-body')) return undefined
  const tree = fromHtml(html)
  const body = findElement(tree, (element) => element.properties.dataPagefindBody !== undefined)
  if (!body) return undefined
  const page: SearchPage = {blocks: [], meta: {}, filters: {}, sort: {}, actors: []}
  collectText(body, page.blocks)
  collectAttributes(tree, page)
  if (page.meta.title === undefined) {
    const h1 = findElement(tree, (element) => element.tagName === 'h1')
    if (h1) page.meta.title = squash(textOf(h1))
  }
  return page
}

function findElement(node: Root | Element, test: (element: Element) => boolean): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue
    if (test(child)) return child
    const found = findElement(child, test)
    if (found) return found
  }
  return undefined
}

function ignored(element: Element): boolean {
  return element.properties.dataPagefindIgnore !== undefined || SKIPPED.has(element.tagName)
}

function collectText(root: Element, blocks: TextBlock[]): void {
  let current = ''
  const flush = (tag: TextBlock['tag']) => {
    const text = squash(current)
    if (text) blocks.push({tag, text})
    current = ''
  }
  const walk = (nodes: ElementContent[]) => {
    for (const node of nodes) {
      if (node.type === 'text') current += node.value
      if (node.type !== 'element' || ignored(node)) continue
      if (HEADINGS.has(node.tagName)) {
        flush('p')
        current = textOf(node)
        flush(node.tagName as TextBlock['tag'])
      } else if (node.tagName === 'br') {
        current += '\n'
      } else if (BLOCKS.has(node.tagName)) {
        flush('p')
        walk(node.children)
        flush('p')
      } else {
        walk(node.children)
      }
    }
  }
  walk(root.children)
  flush('p')
}

/** The text of an element, without ignored descendants. */
function textOf(element: Element): string {
  let text = ''
  for (const node of element.children) {
    if (node.type === 'text') text += node.value
    else if (node.type === 'element' && !ignored(node)) text += node.tagName === 'br' ? '\n' : textOf(node)
  }
  return text
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/**
 * Meta, filters, sort keys and actors, anywhere on the page except inside
 * `data-pagefind-ignore="all"`. Attribute values are `key` (the element's
 * text), `key:value` or `key[attribute]`, comma-separated.
 */
function collectAttributes(node: Root | Element, page: SearchPage): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue
    if (child.properties.dataPagefindIgnore === 'all') continue
    const {dataPagefindMeta, dataPagefindFilter, dataPagefindSort} = child.properties
    for (const [key, value] of pairs(child, dataPagefindMeta)) page.meta[key] = value
    for (const [key, value] of pairs(child, dataPagefindSort)) page.sort[key] = value
    for (const [key, value] of pairs(child, dataPagefindFilter)) {
      const values = (page.filters[key] ??= [])
      if (!values.includes(value)) values.push(value)
      if (key === 'actor' && child.tagName === 'data' && typeof child.properties.value === 'string') {
        const type = String(child.properties.dataActorType ?? '')
        page.actors.push({id: child.properties.value, name: value, type})
      }
    }
    collectAttributes(child, page)
  }
}

function* pairs(element: Element, attribute: unknown): Generator<[string, string]> {
  if (typeof attribute !== 'string') return
  for (const entry of attribute.split(',')) {
    const attributeMatch = /^\s*([^:[\]]+)\[(.+)\]\s*$/.exec(entry)
    if (attributeMatch) {
      const value = element.properties[toPropertyName(attributeMatch[2])]
      if (value !== undefined && value !== null) yield [attributeMatch[1].trim(), squash(String(value))]
      continue
    }
    const colon = entry.indexOf(':')
    if (colon === -1) {
      if (entry.trim()) yield [entry.trim(), squash(textOf(element))]
    } else {
      yield [entry.slice(0, colon).trim(), squash(entry.slice(colon + 1))]
    }
  }
}

/** `data-x` → `dataX`, `content` → `content`: hast property names. */
function toPropertyName(attribute: string): string {
  return attribute.trim().replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())
}
