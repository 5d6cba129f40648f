import {describe, expect, test} from 'vitest'
import {remarkCollapseWhitespace} from '../../../scripts/ingest/clean/remark-collapse-whitespace.ts'
import {remarkFixPunctuationSpacing} from '../../../scripts/ingest/clean/remark-fix-punctuation-spacing.ts'
import {remarkNormalizeUnicode} from '../../../scripts/ingest/clean/remark-normalize-unicode.ts'
import {remarkRemoveInvisibleCharacters} from '../../../scripts/ingest/clean/remark-remove-invisible-characters.ts'
import {remarkRemoveTatweel} from '../../../scripts/ingest/clean/remark-remove-tatweel.ts'
import {remarkUnwrapHashtags} from '../../../scripts/ingest/clean/remark-unwrap-hashtags.ts'
import {runRules} from '../../helpers/clean.ts'

describe('remarkNormalizeUnicode', () => {
  test.each([
    {input: 'ا\u0654حمد', expected: 'أحمد', count: 1},
    {input: 'ي\u0654', expected: 'ئ', count: 1},
    {input: 'أحمد', expected: 'أحمد', count: undefined}
  ])('$input → $expected', ({input, expected, count}) => {
    const result = runRules(remarkNormalizeUnicode, [input])
    expect(result.blocks).toEqual([expected])
    expect(result.cleaning.normalizeUnicode).toBe(count)
  })
})

describe('remarkRemoveInvisibleCharacters', () => {
  test.each([
    {name: 'zero-width space and joiners', input: 'طرا\u200Bبلس\u200C\u200D', expected: 'طرابلس', count: 3},
    {name: 'RLM and LRM', input: '\u200Fالأمن\u200E', expected: 'الأمن', count: 2},
    {name: 'Arabic letter mark', input: 'ليبيا\u061C', expected: 'ليبيا', count: 1},
    {name: 'embeddings, overrides, isolates', input: '\u202Bحفتر\u202C \u202Eنص\u202C \u2067عزل\u2069', expected: 'حفتر نص عزل', count: 6},
    {name: 'byte order mark and soft hyphen', input: '\uFEFFبيان\u00AD', expected: 'بيان', count: 2}
  ])('$name', ({input, expected, count}) => {
    const result = runRules(remarkRemoveInvisibleCharacters, [input])
    expect(result.blocks).toEqual([expected])
    expect(result.cleaning.removeInvisibleCharacters).toBe(count)
  })
})

describe('remarkRemoveTatweel', () => {
  test.each([
    {name: 'stretch inside a word', input: 'العربيــــــة', expected: 'العربية'},
    {name: 'stretch between marks', input: 'الْعَرَبِــــــيَّة', expected: 'الْعَرَبِيَّة'},
    {name: 'tatweel alone between spaces', input: 'كلمة ـ أخرى', expected: 'كلمة  أخرى'},
    {name: 'prefix joined to a quote stays', input: 'بـ"حزب الله"', expected: 'بـ"حزب الله"'},
    {name: 'prefix joined to a number stays', input: 'بـ15 قتيلا', expected: 'بـ15 قتيلا'},
    {name: 'a run before a quote shrinks to one', input: 'لـــ"داعش"', expected: 'لـ"داعش"'}
  ])('$name: $input → $expected', ({input, expected}) => {
    expect(runRules(remarkRemoveTatweel, [input]).blocks).toEqual([expected])
  })

  test('counts the runs it removed or shortened', () => {
    expect(runRules(remarkRemoveTatweel, ['العربيــــة والدولـــية لـــ"داعش"']).cleaning).toEqual({removeTatweel: 3})
  })
})

describe('remarkCollapseWhitespace', () => {
  test('collapses tabs and Unicode spaces, trims', () => {
    const result = runRules(remarkCollapseWhitespace, ['  قال\t\tالوزير\u00A0\u2003إن  '])
    expect(result.blocks).toEqual(['قال الوزير إن'])
    expect(result.cleaning).toEqual({collapseWhitespace: 1})
  })

  test('drops blocks left empty', () => {
    expect(runRules(remarkCollapseWhitespace, ['نص', ' \u00A0 ', 'نص آخر']).blocks).toEqual(['نص', 'نص آخر'])
  })
})

describe('remarkFixPunctuationSpacing', () => {
  test.each([
    {input: 'في العام 2002 .', expected: 'في العام 2002.'},
    {input: 'قال الوزير ، إن', expected: 'قال الوزير، إن'},
    {input: 'كتاب،مدرسة', expected: 'كتاب، مدرسة'},
    {input: 'هل انتهى ؟ لا', expected: 'هل انتهى؟ لا'},
    {input: 'أولا؛ثانيا', expected: 'أولا؛ ثانيا'},
    {input: 'المصدر : الجزيرة', expected: 'المصدر: الجزيرة'},
    {input: 'بلغت النسبة 3.5 بالمئة', expected: 'بلغت النسبة 3.5 بالمئة'},
    {input: 'موقع bbc.com/arabic', expected: 'موقع bbc.com/arabic'},
    {input: 'في 2018،2019', expected: 'في 2018،2019'}
  ])('$input → $expected', ({input, expected}) => {
    expect(runRules(remarkFixPunctuationSpacing, [input]).blocks).toEqual([expected])
  })
})

describe('remarkUnwrapHashtags', () => {
  test.each([
    {input: 'غارات على #قطاع_غزة اليوم', expected: 'غارات على قطاع غزة اليوم'},
    {input: 'الرئيس #دونالد_ترمب، فتعهد', expected: 'الرئيس دونالد ترمب، فتعهد'},
    {input: 'برنامج " #مرايا " اليومي', expected: 'برنامج " مرايا " اليومي'},
    {input: 'مقاتلات #التحالف_العربي.', expected: 'مقاتلات التحالف العربي.'},
    {input: 'لغة C# والمركز #1', expected: 'لغة C# والمركز #1'}
  ])('$input → $expected', ({input, expected}) => {
    expect(runRules(remarkUnwrapHashtags, [input]).blocks).toEqual([expected])
  })

  test('counts hashtags', () => {
    expect(runRules(remarkUnwrapHashtags, ['#أ_ب و #ج']).cleaning).toEqual({unwrapHashtags: 2})
  })
})
