import {scanStartTags} from './scan-tags.ts'

/** What a page offers and what it points at. */
export interface PageLinks {
  /** `id` attributes (and `name` on `<a>`): the page's anchors. */
  anchors: Set<string>
  /** Addresses the page links to or loads, as written. */
  links: string[]
}

/** Attributes that hold an address the page links to or loads, by element. */
const LINK_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  source: ['src'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src']
}

const WANTED = new Set(['id', 'name', ...Object.values(LINK_ATTRIBUTES).flat()])

/**
 * The anchors and links of an HTML page, from its start tags
 * (`scanStartTags`, HTML's rules for what is a tag: not a regular
 * expression, since text that looks like `href="…"` in an article is text).
 */
export function extractLinks(html: string): PageLinks {
  const anchors = new Set<string>()
  const links: string[] = []
  scanStartTags(html, WANTED, ({name, attributes}) => {
    const id = attributes.get('id')
    if (id !== undefined) anchors.add(id)
    const anchorName = name === 'a' ? attributes.get('name') : undefined
    if (anchorName !== undefined) anchors.add(anchorName)
    for (const attribute of LINK_ATTRIBUTES[name] ?? []) {
      const value = attributes.get(attribute)
      if (value !== undefined) links.push(value)
    }
  })
  return {anchors, links}
}

/** Addresses in an XML file we write (sitemaps, feeds): `<loc>` text and `href` attributes. */
export function extractXmlLinks(xml: string): string[] {
  const unescape = (text: string) =>
    text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&amp;', '&')
  return [
    ...[...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => unescape(match[1])),
    ...[...xml.matchAll(/\shref="([^"]*)"/g)].map((match) => unescape(match[1]))
  ]
}
