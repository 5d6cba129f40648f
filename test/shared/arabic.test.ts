import {describe, expect, test} from 'vitest'
import {nisbaBases} from '../../src/shared/arabic/nisba.ts'
import {normalizeArabic} from '../../src/shared/arabic/normalize.ts'
import {procliticAnalyses} from '../../src/shared/arabic/proclitics.ts'
import {tokenize} from '../../src/shared/arabic/tokenize.ts'

describe('normalizeArabic', () => {
  test.each([
    {input: 'مسئول', expected: 'مسءول'},
    {input: 'مسؤول', expected: 'مسءول'},
    {input: 'مستشفى', expected: 'مستشفي'},
    {input: 'مدرسة', expected: 'مدرسه'},
    {input: 'إسرائيل', expected: 'اسراءيل'},
    {input: 'ٱلْعَرَبِيَّة', expected: 'العربيه'},
    {input: 'الــجيش', expected: 'الجيش'},
    {input: 'طرا\u200Fبلس', expected: 'طرابلس'},
    {input: '٢٠١٩ و۲۰۱۸', expected: '2019 و2018'},
    {input: 'کتاب یاسر', expected: 'كتاب ياسر'},
    {input: 'CNN', expected: 'cnn'}
  ])('$input → $expected', ({input, expected}) => {
    expect(normalizeArabic(input)).toBe(expected)
  })
})

describe('tokenize', () => {
  test('separates punctuation from names', () => {
    expect(tokenize('قال بومبيو، إن "الجيش الوطني الليبي" (الذي).').map((token) => token.text)).toEqual([
      'قال', 'بومبيو', '،', 'إن', '"', 'الجيش', 'الوطني', 'الليبي', '"', '(', 'الذي', ')', '.'
    ])
  })

  test('keeps numbers whole and records offsets', () => {
    const tokens = tokenize('بلغ 3.5 بالمئة عام 2018م')
    expect(tokens.map((token) => [token.text, token.kind])).toEqual([
      ['بلغ', 'word'], ['3.5', 'number'], ['بالمئة', 'word'], ['عام', 'word'], ['2018م', 'number']
    ])
    expect(tokens[1]).toMatchObject({start: 4, end: 7})
  })

  test('words with diacritics and kashida are one token', () => {
    expect(tokenize('الْعَرَبِــيَّة').map((token) => token.text)).toEqual(['الْعَرَبِــيَّة'])
  })
})

describe('procliticAnalyses', () => {
  const stems = (word: string) => procliticAnalyses(word).map((analysis) => analysis.stem)

  test.each([
    {word: 'بطرابلس', expected: ['بطرابلس', 'طرابلس']},
    {word: 'وطرابلس', expected: ['وطرابلس', 'طرابلس']},
    {word: 'والجيش', expected: ['والجيش', 'الجيش', 'جيش']},
    {word: 'للجيش', expected: ['للجيش', 'لجيش', 'الجيش', 'جيش']},
    {word: 'وبالجيش', expected: ['وبالجيش', 'بالجيش', 'الجيش', 'جيش']},
    {word: 'لحفتر', expected: ['لحفتر', 'حفتر']}
  ])('$word → $expected', ({word, expected}) => {
    expect(stems(word)).toEqual(expected)
  })

  test('the whole word always comes first, so names keep their first letter when known', () => {
    for (const name of ['بومبيو', 'بريطانيا', 'لبنان']) expect(stems(name)[0]).toBe(name)
  })

  test('never leaves a stem shorter than two letters', () => {
    expect(stems('وب')).toEqual(['وب'])
    expect(stems('بل')).toEqual(['بل'])
  })
})

describe('nisbaBases', () => {
  test.each([
    ['الليبي', 'ليبيا'],
    ['المصريه', 'مصر'],
    ['العراقيين', 'العراق'],
    ['سوري', 'سوريا']
  ])('%s may be made from %s', (word, place) => {
    expect(nisbaBases(normalizeArabic(word))).toContain(normalizeArabic(place))
  })

  test('a word with no nisba ending, or too short a stem, has none', () => {
    expect(nisbaBases('الحكومه')).toEqual([])
    expect(nisbaBases('الي')).toEqual([])
  })
})
