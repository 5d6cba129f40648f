import {Tokenizer, TokenizerMode, type Token} from 'parse5'

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

/**
 * Elements whose content the HTML tokenizer must read as raw text (the
 * tree builder switches the tokenizer's state for these; a tokenizer
 * running alone must do it itself).
 */
const TEXT_STATES: Record<string, (typeof TokenizerMode)[keyof typeof TokenizerMode]> = {
  script: TokenizerMode.SCRIPT_DATA,
  style: TokenizerMode.RAWTEXT,
  xmp: TokenizerMode.RAWTEXT,
  iframe: TokenizerMode.RAWTEXT,
  noembed: TokenizerMode.RAWTEXT,
  noframes: TokenizerMode.RAWTEXT,
  textarea: TokenizerMode.RCDATA,
  title: TokenizerMode.RCDATA,
  plaintext: TokenizerMode.PLAINTEXT
}

/**
 * The anchors and links of an HTML page, read with parse5's
 * standards-conforming tokenizer (not a regular expression: text that
 * looks like `href="…"` in an article is text, not a link). Only the
 * tokenizer runs, not tree building, so a whole site reads fast.
 */
export function extractLinks(html: string): PageLinks {
  const anchors = new Set<string>()
  const links: string[] = []
  const ignore = () => {}
  const tokenizer: Tokenizer = new Tokenizer(
    {sourceCodeLocationInfo: false},
    {
      onStartTag(token: Token.TagToken) {
        for (const attribute of token.attrs) {
          if (attribute.name === 'id' || (attribute.name === 'name' && token.tagName === 'a')) anchors.add(attribute.value)
          if (LINK_ATTRIBUTES[token.tagName]?.includes(attribute.name)) links.push(attribute.value)
        }
        const state = TEXT_STATES[token.tagName]
        if (state !== undefined) {
          tokenizer.state = state
          tokenizer.lastStartTagName = token.tagName
        }
      },
      onEndTag: ignore,
      onComment: ignore,
      onDoctype: ignore,
      onEof: ignore,
      onCharacter: ignore,
      onNullCharacter: ignore,
      onWhitespaceCharacter: ignore
    }
  )
  tokenizer.write(html, true)
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
