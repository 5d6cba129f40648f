import {readdir, readFile} from 'node:fs/promises'
import path from 'node:path'
import {Tokenizer, TokenizerMode, type Token} from 'parse5'
import {describe, expect, inject, test} from 'vitest'
import {scanStartTags} from '../../../scripts/site/links/scan-tags.ts'

const WANTED = new Set(['id', 'name', 'href', 'src', 'poster'])

/** Start tags and their wanted attributes as `scanStartTags` reads them, one line a tag. */
function scanned(html: string): string[] {
  const tags: string[] = []
  scanStartTags(html, WANTED, ({name, attributes}) => tags.push(`${name} ${JSON.stringify([...attributes].sort())}`))
  return tags
}

/** The same read by parse5's standards-conforming tokenizer, switching to text where the tree builder would. */
function tokenized(html: string): string[] {
  const tags: string[] = []
  const states: Record<string, number> = {
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
  const ignore = () => {}
  const tokenizer: Tokenizer = new Tokenizer(
    {sourceCodeLocationInfo: false},
    {
      onStartTag(token: Token.TagToken) {
        const attributes = token.attrs.filter(({name}) => WANTED.has(name)).map(({name, value}) => [name, value])
        tags.push(`${token.tagName} ${JSON.stringify(attributes.sort())}`)
        if (states[token.tagName] !== undefined) {
          tokenizer.state = states[token.tagName] as typeof tokenizer.state
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
  return tags
}

describe('scanStartTags reads start tags as HTML’s tokenizer does', () => {
  test.each([
    ['quoted, unquoted and bare attributes', `<a href="/x/" id='y' name=z data-v>t</a><IMG SRC=/i.svg alt="">`],
    ['character references in values', `<a href="/s/?q=a&amp;b=&#x41;&quot;&copy" id="&lt;x&gt;">t</a>`],
    ['the first of two attributes of one name', `<a href="/first/" href="/second/">t</a>`],
    ['a `<` that opens no tag', `<p>a < b, 3<4, <3 and <-</p><a href="/after/">t</a>`],
    ['comments, also the short ones', `<!-- <a href="/no/"> --><!--><a href="/a/"><!---><a href="/b/"><!-- x --!><a href="/c/">`],
    ['doctype and bogus comments', `<!DOCTYPE html><?xml version="1.0"?></ ><a href="/x/">`],
    ['script and style content up to their end tag', `<script>if (a<b) x = "<a href='/no/'>"</scriptx></SCRIPT ><style>a[href="/no/"]{}</style><a href="/yes/">`],
    ['title and textarea text', `<title><a href="/no/"></title><textarea><img src="/no.png"></textarea><a href="/yes/">`],
    ['an end tag with attributes', `</div class="a>b"><a href="/x/">`],
    ['self-closing tags and slashes between attributes', `<img/src="/a.png"/><br/><a/href="/b/">`],
    ['an attribute name starting with `=`', `<a =x href="/y/">`],
    ['a quote left open at the end', `<a href="/x/`],
    ['plaintext runs to the end', `<plaintext><a href="/no/">`]
  ])('%s', (_, html) => {
    expect(scanned(html)).toEqual(tokenized(html))
  })

  test('on every page of the test site', async () => {
    const dist = inject('dist')
    const pages = (await readdir(dist, {recursive: true})).filter((file) => file.endsWith('.html'))
    expect(pages.length).toBeGreaterThan(20)
    for (const page of pages) {
      const html = await readFile(path.join(dist, page), 'utf8')
      expect(scanned(html), page).toEqual(tokenized(html))
    }
  })
})
