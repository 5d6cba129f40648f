import {readdir, readFile} from 'node:fs/promises'
import path from 'node:path'
import {expect, test} from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')

/**
 * Physical directions in CSS: properties and values that mean left,
 * right, top or bottom rather than the start or end of a line or block.
 * Right-to-left pages need the logical ones (`margin-inline-start`,
 * `inset-block-end`, `text-align: start`, `border-start-end-radius` …).
 */
const PHYSICAL = [
  /\b(?:margin|padding|border|scroll-margin|scroll-padding)-(?:left|right|top|bottom)\b/,
  /\bborder-(?:top|bottom)-(?:left|right)-radius\b/,
  /(?<![-\w])(?:left|right|top|bottom)\s*:/,
  /\b(?:text-align|float|clear)\s*:\s*(?:left|right)\b/,
  // Sizes: inline-size and block-size. (Media queries keep `min-width`: the
  // viewport has no logical media feature browsers support yet.)
  /(?<![-\w(])(?:min-|max-)?(?:width|height)\s*:/,
  /\boverflow-[xy]\s*:/
]

/** The CSS of the site: stylesheets, and `<style>` blocks and `style` attributes of components. */
async function cssSources(): Promise<{file: string; line: number; text: string}[]> {
  const entries = await readdir(path.join(root, 'src'), {recursive: true, withFileTypes: true})
  const sources: {file: string; line: number; text: string}[] = []
  for (const entry of entries) {
    if (!entry.isFile() || !/\.(css|astro)$/.test(entry.name)) continue
    const file = path.relative(root, path.join(entry.parentPath, entry.name))
    const text = await readFile(path.join(root, file), 'utf8')
    const lines = text.split('\n')
    let inStyle = entry.name.endsWith('.css')
    lines.forEach((line, index) => {
      if (/<style\b/.test(line)) inStyle = true
      const css = inStyle ? line : (/\bstyle=\{?[`"'](.*?)[`"']\}?/.exec(line)?.[1] ?? '')
      if (css) sources.push({file, line: index + 1, text: css.replace(/\/\*.*?\*\//g, '')})
      if (/<\/style>/.test(line)) inStyle = false
    })
  }
  return sources
}

test('the site\'s CSS uses logical properties only', async () => {
  const sources = await cssSources()
  expect(sources.length).toBeGreaterThan(100)
  const physical = sources
    .filter((source) => PHYSICAL.some((pattern) => pattern.test(source.text)))
    .map((source) => `${source.file}:${source.line}: ${source.text.trim()}`)
  expect(physical).toEqual([])
})

test('the check catches physical properties', () => {
  for (const css of ['margin-left: 1rem', 'padding-right:0', 'text-align: left', 'left: 0', 'border-top-right-radius: 2px', 'width: 10px', 'float: right']) {
    expect(PHYSICAL.some((pattern) => pattern.test(css)), css).toBe(true)
  }
  for (const css of ['margin-inline-start: 1rem', 'inset-inline-end: 0', 'text-align: start', 'inline-size: 10px', 'border-start-end-radius: 2px', 'max-inline-size: 40rem']) {
    expect(PHYSICAL.some((pattern) => pattern.test(css)), css).toBe(false)
  }
})
