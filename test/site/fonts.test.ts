import {readFile} from 'node:fs/promises'
import {expect, test} from 'vitest'
import {ARABIC_CHARACTERS, FONT_SUBSETS} from '../../scripts/fonts/faces.ts'
import {fontFaceCss} from '../../scripts/fonts/font-face-css.ts'
import {subsetFonts, unicodeRange} from '../../scripts/fonts/subset-fonts.ts'

const files = await subsetFonts(FONT_SUBSETS)

test('the committed fonts and faces are what `npm run fonts` writes', async () => {
  for (const {subset, woff2} of files) {
    const committed = await readFile(`src/fonts/${subset.name}.woff2`)
    expect(committed.equals(woff2), `src/fonts/${subset.name}.woff2 is out of date: run npm run fonts`).toBe(true)
  }
  expect(await readFile('src/styles/fonts.css', 'utf8'), 'src/styles/fonts.css is out of date: run npm run fonts').toBe(fontFaceCss(files))
})

test('each subset has a glyph for every character it is cut to, and a page of fonts stays small', () => {
  for (const {subset, codePoints, woff2} of files) {
    const missing = [...subset.characters].filter((character) => !codePoints.includes(character.codePointAt(0)!))
    // The fonts have no glyphs for the direction controls; a browser handles those without one.
    expect(missing.filter((character) => !/[\u200e\u200f\u2066-\u2069]/.test(character)), subset.name).toEqual([])
    expect(woff2.length, subset.name).toBeLessThan(30 * 1024)
  }
  expect(files.reduce((total, file) => total + file.woff2.length, 0)).toBeLessThan(120 * 1024)
})

test('the Arabic subset covers the letters of the seed article', async () => {
  const seed = await readFile('seeds/000_71bcbe837b8e2f0b.txt', 'utf8')
  const arabicBlock = [...new Set(seed)].filter((character) => /[\u0600-\u06ff]/.test(character))
  expect(arabicBlock.filter((character) => !ARABIC_CHARACTERS.includes(character))).toEqual([])
})

test('unicode ranges run consecutive code points together', () => {
  expect(unicodeRange([0x20, 0x21, 0x22, 0x60c, 0x621, 0x622])).toBe('U+0020-0022, U+060C, U+0621-0622')
})
