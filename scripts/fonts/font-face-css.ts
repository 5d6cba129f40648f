import type {SubsetFile} from './subset-fonts.ts'
import {unicodeRange} from './subset-fonts.ts'

const percent = (em: number) => `${(em * 100).toFixed(2)}%`

/**
 * `src/styles/fonts.css`: one face per subset file, and per family a
 * fallback face for the moment before the download ends. The fallback is
 * the same design where the system has it (Android ships both Noto
 * families) given the web font's line metrics, so the swap moves no line;
 * `size-adjust` stays 100% because the design, and so the advance widths,
 * are the same.
 */
export function fontFaceCss(files: SubsetFile[]): string {
  const faces = files.map(
    ({subset, codePoints}) => `@font-face {
  font-family: '${subset.family}';
  font-style: normal;
  font-weight: ${subset.weight.min} ${subset.weight.max};
  font-display: swap;
  src: url('../fonts/${subset.name}.woff2') format('woff2');
  unicode-range: ${unicodeRange(codePoints)};
}
`
  )
  const families = new Map(files.map((file) => [file.subset.family, file]))
  const fallbacks = [...families.values()].map(
    ({subset, ascent, descent, lineGap}) => `@font-face {
  font-family: '${subset.family} fallback';
  src: ${subset.localFallbacks.map((name) => `local('${name}')`).join(', ')};
  ascent-override: ${percent(ascent)};
  descent-override: ${percent(descent)};
  line-gap-override: ${percent(lineGap)};
  size-adjust: 100%;
}
`
  )
  return `/* Written by \`npm run fonts\` from scripts/fonts/faces.ts; edit that, not this. */\n\n${[...faces, ...fallbacks].join('\n')}`
}
