/**
 * `npm run fonts`
 *
 * Writes the site's web fonts, cut down to the characters of Arabic news
 * (`scripts/fonts/faces.ts`), into `src/fonts/`, and their faces into
 * `src/styles/fonts.css`. Run it after changing the faces or updating the
 * @fontsource packages; a test checks that the committed files are what
 * it writes.
 */
import {writeFile} from 'node:fs/promises'
import {FONT_SUBSETS} from '../fonts/faces.ts'
import {fontFaceCss} from '../fonts/font-face-css.ts'
import {subsetFonts} from '../fonts/subset-fonts.ts'

const files = await subsetFonts(FONT_SUBSETS)
for (const {subset, woff2} of files) {
  await writeFile(`src/fonts/${subset.name}.woff2`, woff2)
  console.log(`src/fonts/${subset.name}.woff2: ${(woff2.length / 1024).toFixed(1)} KiB`)
}
await writeFile('src/styles/fonts.css', fontFaceCss(files))
console.log('src/styles/fonts.css')
