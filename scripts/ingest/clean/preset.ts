import type {PluggableList} from 'unified'
import {remarkCollapseWhitespace} from './remark-collapse-whitespace.ts'
import {remarkDetectSubheadings} from './remark-detect-subheadings.ts'
import {remarkDropAppPromos} from './remark-drop-app-promos.ts'
import {remarkDropRelatedLinks} from './remark-drop-related-links.ts'
import {remarkDropRepeatedParagraphs} from './remark-drop-repeated-paragraphs.ts'
import {remarkExtractAttribution} from './remark-extract-attribution.ts'
import {remarkFixPunctuationSpacing} from './remark-fix-punctuation-spacing.ts'
import {remarkNormalizeUnicode} from './remark-normalize-unicode.ts'
import {remarkRemoveInvisibleCharacters} from './remark-remove-invisible-characters.ts'
import {remarkRemoveTatweel} from './remark-remove-tatweel.ts'
import {remarkUnwrapHashtags} from './remark-unwrap-hashtags.ts'

/**
 * The cleaning rules, in order. Order matters:
 * - characters first, so every block rule compares clean text (two copies
 *   of a paragraph that differ only by an invisible mark are one repeat);
 * - hashtags before whitespace, which tidies the spaces they leave;
 * - boilerplate and credits before repeats, so a repeated link line is
 *   reported as a link;
 * - subheadings last: they depend on the final neighbours of a line.
 */
export const cleaningPreset: PluggableList = [
  remarkNormalizeUnicode,
  remarkRemoveInvisibleCharacters,
  remarkRemoveTatweel,
  remarkUnwrapHashtags,
  remarkCollapseWhitespace,
  remarkFixPunctuationSpacing,
  remarkDropRelatedLinks,
  remarkDropAppPromos,
  remarkExtractAttribution,
  remarkDropRepeatedParagraphs,
  remarkDetectSubheadings
]
