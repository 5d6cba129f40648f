import {readFile} from 'node:fs/promises'
import {createRequire} from 'node:module'
import fontverter from 'fontverter'
import * as hb from 'harfbuzzjs'
import subsetFont from 'subset-font'
import type {FontSubset} from './faces.ts'

export interface SubsetFile {
  subset: FontSubset
  woff2: Buffer
  /** The code points the file has glyphs for, ascending: its `unicode-range`. */
  codePoints: number[]
  /** Line metrics in em, from the horizontal header: for the fallback face. */
  ascent: number
  descent: number
  lineGap: number
}

const require = createRequire(import.meta.url)

/**
 * Cut each font down to its characters (HarfBuzz's subsetter keeps the
 * variation axes, and every glyph the Arabic shaping of those characters
 * reaches: initial, medial, final forms, ligatures, mark positions). Same
 * sources, same bytes.
 */
export async function subsetFonts(subsets: FontSubset[]): Promise<SubsetFile[]> {
  return Promise.all(
    subsets.map(async (subset) => {
      const source = await readFile(require.resolve(subset.source))
      const sfnt = await subsetFont(source, subset.characters, {targetFormat: 'truetype', variationAxes: {wght: subset.weight}})
      const face = new hb.Face(new hb.Blob(sfnt))
      const {ascender, descender, lineGap} = new hb.Font(face).hExtents()
      return {
        subset,
        woff2: await fontverter.convert(sfnt, 'woff2'),
        codePoints: [...face.collectUnicodes()].sort((a, b) => a - b),
        ascent: ascender / face.upem,
        descent: -descender / face.upem,
        lineGap: lineGap / face.upem
      }
    })
  )
}

/** `U+0621-063A, U+0640` from ascending code points. */
export function unicodeRange(codePoints: number[]): string {
  const ranges: string[] = []
  const hex = (codePoint: number) => codePoint.toString(16).toUpperCase().padStart(4, '0')
  for (let start = 0; start < codePoints.length; ) {
    let end = start
    while (end + 1 < codePoints.length && codePoints[end + 1] === codePoints[end] + 1) end++
    ranges.push(end === start ? `U+${hex(codePoints[start])}` : `U+${hex(codePoints[start])}-${hex(codePoints[end])}`)
    start = end + 1
  }
  return ranges.join(', ')
}
