import {parse, type DefaultTreeAdapterTypes} from 'parse5'

type Element = DefaultTreeAdapterTypes.Element
type ParentNode = DefaultTreeAdapterTypes.ParentNode

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
  // parse5's own tree, not hast: converting it cost a third of the parse. The head (half of an
  // article page: metadata, fonts, JSON-LD) holds no text to index: unless a tag of it carries a
  // Pagefind attribute, only the body is parsed.
  const bodyStart = html.search(/<body[\s>]/i)
  const tree = parse(bodyStart > 0 && !html.slice(0, bodyStart).includes('data-pagefind') ? html.slice(bodyStart) : html)
  const body = findElement(tree, (element) => attribute(element, 'data-pagefind-body') !== undefined)
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

/** An attribute's value, `''` for one without a value, undefined when absent. */
function attribute(element: Element, name: string): string | undefined {
  for (const attr of element.attrs) if (attr.name === name) return attr.value
  return undefined
}

function isElement(node: DefaultTreeAdapterTypes.ChildNode): node is Element {
  return 'tagName' in node
}

function isText(node: DefaultTreeAdapterTypes.ChildNode): node is DefaultTreeAdapterTypes.TextNode {
  return node.nodeName === '#text'
}

function findElement(node: ParentNode, test: (element: Element) => boolean): Element | undefined {
  for (const child of node.childNodes) {
    if (!isElement(child)) continue
    if (test(child)) return child
    const found = findElement(child, test)
    if (found) return found
  }
  return undefined
}

function ignored(element: Element): boolean {
  return attribute(element, 'data-pagefind-ignore') !== undefined || SKIPPED.has(element.tagName)
}

function collectText(root: Element, blocks: TextBlock[]): void {
  let current = ''
  const flush = (tag: TextBlock['tag']) => {
    const text = squash(current)
    if (text) blocks.push({tag, text})
    current = ''
  }
  const walk = (nodes: DefaultTreeAdapterTypes.ChildNode[]) => {
    for (const node of nodes) {
      if (isText(node)) current += node.value
      if (!isElement(node) || ignored(node)) continue
      if (HEADINGS.has(node.tagName)) {
        flush('p')
        current = textOf(node)
        flush(node.tagName as TextBlock['tag'])
      } else if (node.tagName === 'br') {
        current += '\n'
      } else if (BLOCKS.has(node.tagName)) {
        flush('p')
        walk(node.childNodes)
        flush('p')
      } else {
        walk(node.childNodes)
      }
    }
  }
  walk(root.childNodes)
  flush('p')
}

/** The text of an element, without ignored descendants. */
function textOf(element: Element): string {
  let text = ''
  for (const node of element.childNodes) {
    if (isText(node)) text += node.value
    else if (isElement(node) && !ignored(node)) text += node.tagName === 'br' ? '\n' : textOf(node)
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
function collectAttributes(node: ParentNode, page: SearchPage): void {
  for (const child of node.childNodes) {
    if (!isElement(child)) continue
    if (attribute(child, 'data-pagefind-ignore') === 'all') continue
    for (const [key, value] of pairs(child, attribute(child, 'data-pagefind-meta'))) page.meta[key] = value
    for (const [key, value] of pairs(child, attribute(child, 'data-pagefind-sort'))) page.sort[key] = value
    for (const [key, value] of pairs(child, attribute(child, 'data-pagefind-filter'))) {
      const values = (page.filters[key] ??= [])
      if (!values.includes(value)) values.push(value)
      const id = attribute(child, 'value')
      if (key === 'actor' && child.tagName === 'data' && id !== undefined) {
        page.actors.push({id, name: value, type: attribute(child, 'data-actor-type') ?? ''})
      }
    }
    collectAttributes(child, page)
  }
}

function* pairs(element: Element, attributeValue: string | undefined): Generator<[string, string]> {
  if (attributeValue === undefined) return
  for (const entry of attributeValue.split(',')) {
    const attributeMatch = /^\s*([^:[\]]+)\[(.+)\]\s*$/.exec(entry)
    if (attributeMatch) {
      const value = attribute(element, attributeMatch[2].trim())
      if (value !== undefined) yield [attributeMatch[1].trim(), squash(value)]
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
