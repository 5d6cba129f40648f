import {describe, expect, test} from 'vitest'
import {nisbaBases} from '../../src/shared/arabic/nisba.ts'
import {DIACRITICS, INVISIBLE_FORMAT_CHARACTERS, TATWEEL} from '../../src/shared/arabic/characters.ts'
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
    {input: 'CNN', expected: 'cnn'},
    {input: 'İSTANBUL Straße 𐐀', expected: 'i̇stanbul straße 𐐨'},
    {input: 'ا\u0654', expected: 'ا'}
  ])('$input → $expected', ({input, expected}) => {
    expect(normalizeArabic(input)).toBe(expected)
  })

  test('agrees with its rules, applied one by one, on every BMP code unit', () => {
    const folds = new Map<string, string>([...[...'آأإٱ'].map((letter) => [letter, 'ا'] as const), ['ى', 'ي'], ['ة', 'ه'], ['ؤ', 'ء'], ['ئ', 'ء'], ['ی', 'ي'], ['ک', 'ك'], ['ۀ', 'ه'], ['ھ', 'ه']])
    const byRules = (text: string) =>
      [...text.normalize('NFC').replace(INVISIBLE_FORMAT_CHARACTERS, '').replaceAll(TATWEEL, '').replace(DIACRITICS, '')
        .replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (digit) => String((digit.charCodeAt(0) - 0x0660) % 0x90))
        .toLowerCase()].map((letter) => folds.get(letter) ?? letter).join('')
    const every = Array.from({length: 0x10000}, (_, unit) => String.fromCharCode(unit)).join('')
    expect(normalizeArabic(every)).toBe(byRules(every))
    for (const unit of [0x41, 0x130, 0x623, 0x640, 0x64e, 0x661, 0x6f5, 0x200f, 0xd801, 0xfeff]) {
      const text = `ab${String.fromCharCode(unit)}ج`
      expect(normalizeArabic(text)).toBe(byRules(text))
    }
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
