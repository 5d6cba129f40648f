/**
 * The site's web fonts: which source files, which characters. Two
 * families, each one variable-weight file per script: Noto Naskh Arabic
 * sets article text, Noto Sans Arabic headlines and the site's chrome
 * (both SIL OFL 1.1, no reserved names, so a subset may keep its name;
 * Android ships both designs, which the fallback faces use).
 *
 * The characters are what Arabic news uses, counted on the 12,235
 * articles of the ANT corpus: the Arabic letters with hamza forms,
 * tatweel, the harakat, Arabic-Indic digits and punctuation, the Persian
 * letters of names (پ چ ژ ڤ ک گ ی ھ), and the joining and direction
 * controls; in Latin, ASCII, the Latin-1 letters of names (é, ñ, ü …),
 * guillemets, dashes, curly quotes and the ellipsis. A character outside
 * them shows in a system font.
 */

export interface FontSubset {
  /** The name of the output file in `src/fonts/`, without `.woff2`. */
  name: string
  family: string
  /** The weights kept of the variable font's axis (the site uses 400 to 700), its CSS `font-weight` range. */
  weight: {min: number; max: number}
  /** The source, a WOFF2 file of an npm-installed @fontsource package. */
  source: string
  characters: string
  /** System fonts of the same design, tried before the download finishes. */
  localFallbacks: string[]
}

const range = (first: number, last: number) =>
  String.fromCodePoint(...Array.from({length: last - first + 1}, (_, index) => first + index))

export const ARABIC_CHARACTERS = [
  '\u060C\u061B\u061C\u061F', // ، ؛ ALM ؟
  range(0x0621, 0x063a), // ء … غ
  range(0x0640, 0x0655), // tatweel, ف … ي, harakat, maddah and hamza above and below
  range(0x0660, 0x066d), // ٠ … ٩ ٪ ٫ ٬ ٭
  '\u0670', // superscript alef
  '\u067E\u0686\u0698\u06A4\u06A9\u06AF\u06BE\u06CC', // پ چ ژ ڤ ک گ ھ ی
  range(0x200c, 0x200f), // ZWNJ, ZWJ, LRM, RLM
  range(0x2066, 0x2069) // bidi isolates
].join('')

export const LATIN_CHARACTERS = [
  range(0x0020, 0x007e),
  '\u00A0\u00AB\u00B0\u00B7\u00BB',
  range(0x00c0, 0x00ff),
  '\u2013\u2014\u2018\u2019\u201C\u201D\u2022\u2026\u20AC'
].join('')

const WEIGHTS = {min: 400, max: 700}
const NASKH = '@fontsource-variable/noto-naskh-arabic/files/noto-naskh-arabic'
const SANS = '@fontsource-variable/noto-sans-arabic/files/noto-sans-arabic'
const NASKH_LOCAL = ['Noto Naskh Arabic', 'Noto Naskh Arabic UI']
const SANS_LOCAL = ['Noto Sans Arabic', 'Noto Sans Arabic UI']

export const FONT_SUBSETS: FontSubset[] = [
  {name: 'naskh-arabic', family: 'Arshif Naskh', weight: WEIGHTS, source: `${NASKH}-arabic-wght-normal.woff2`, characters: ARABIC_CHARACTERS, localFallbacks: NASKH_LOCAL},
  {name: 'naskh-latin', family: 'Arshif Naskh', weight: WEIGHTS, source: `${NASKH}-latin-wght-normal.woff2`, characters: LATIN_CHARACTERS, localFallbacks: NASKH_LOCAL},
  {name: 'sans-arabic', family: 'Arshif Sans', weight: WEIGHTS, source: `${SANS}-arabic-wght-normal.woff2`, characters: ARABIC_CHARACTERS, localFallbacks: SANS_LOCAL},
  {name: 'sans-latin', family: 'Arshif Sans', weight: WEIGHTS, source: `${SANS}-latin-wght-normal.woff2`, characters: LATIN_CHARACTERS, localFallbacks: SANS_LOCAL}
]
