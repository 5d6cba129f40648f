import {describe, expect, test} from 'vitest'
import {
  analyzeWord,
  isPlaceNisba,
  SELF,
  sentenceEnd,
  sentenceKeys,
  sentenceStart,
  tokenKeys,
  wordFeatureKey,
  wordShape,
  type FeatureContext
} from '../../../scripts/actors/tagger/features.ts'
import {GazetteerBuilder, GAZETTEER_TYPES} from '../../../scripts/actors/tagger/gazetteer.ts'
import {triggerLexicon} from '../../../scripts/actors/tagger/lexicon.ts'
import {wordClassesFromData} from '../../../scripts/actors/tagger/word-classes.ts'
import {normalizeArabic} from '../../../src/shared/arabic/normalize.ts'

const gazetteer = new GazetteerBuilder()
  .addName('طرابلس', 'LOC')
  .addName('ليبيا', 'LOC')
  .addName('مصر', 'LOC')
  .addName('حكومة الوفاق الوطني', 'ORG')
  .addName('خليفة حفتر', 'PERS')
  .addName('حفتر', 'PERS')
  .addName('سمير', 'GIVEN')
  .build()
const context: FeatureContext = {gazetteer, triggers: triggerLexicon()}
const self = (word: string) => analyzeWord(word, context).keys[SELF]
const gazetteerValue = (type: (typeof GAZETTEER_TYPES)[number], stripped: boolean) =>
  GAZETTEER_TYPES.indexOf(type) * 2 + (stripped ? 1 : 0)

describe('wordShape', () => {
  test.each([
    {word: '2018', expected: 'd'},
    {word: 'F16', expected: 'ld'},
    {word: 'بـ34.3', expected: 'adpd'},
    {word: 'طرابلس', expected: 'a'},
    {word: '،', expected: 'p'},
    {word: 'CNN', expected: 'l'},
    {word: '٢٠١٨م', expected: 'da'},
    {word: '😀ب', expected: 'pa'}
  ])('$word → $expected', ({word, expected}) => {
    expect(wordShape(word)).toBe(expected)
  })
})

describe('analyzeWord', () => {
  test('the word itself is matched normalized: hamza, ta marbuta and U+200F do not matter', () => {
    expect(self('إسرائيل\u200f')).toContain(wordFeatureKey('word', 0, 'اسراءيل'))
    expect(analyzeWord('حكومة', context).normalized).toBe('حكومه')
  })

  test('clitic-stripped readings are features: وطرابلس and بطرابلس share the stem طرابلس', () => {
    const stem = wordFeatureKey('stem', 0, 'طرابلس')
    expect(self('وطرابلس')).toContain(stem)
    expect(self('بطرابلس')).toContain(stem)
    expect(self('طرابلس')).not.toContain(stem)
  })

  test('prefixes and suffixes of the normalized word', () => {
    const keys = self('بريطانيا')
    expect(keys).toContain(wordFeatureKey('prefix2', 0, 'بر'))
    expect(keys).toContain(wordFeatureKey('suffix3', 0, 'نيا'))
    expect(keys).toContain(wordFeatureKey('trigram', 0, 'طان'))
  })

  test('gazetteer membership, whole word apart from a clitic-stripped reading', () => {
    expect(self('طرابلس')).toContain(wordFeatureKey('gazetteer', 0, gazetteerValue('LOC', false)))
    expect(self('بطرابلس')).toContain(wordFeatureKey('gazetteer', 0, gazetteerValue('LOC', true)))
    expect(self('بطرابلس')).not.toContain(wordFeatureKey('gazetteer', 0, gazetteerValue('LOC', false)))
    expect(self('حفتر')).toContain(wordFeatureKey('gazetteer', 0, gazetteerValue('PERS', false)))
    expect(self('سمير')).toContain(wordFeatureKey('gazetteer', 0, gazetteerValue('GIVEN', false)))
  })

  test('trigger words, also behind clitics, and as neighbours', () => {
    const title = wordFeatureKey('trigger', 0, 'person-title')
    expect(self('الرئيس')).toContain(title)
    expect(self('وللرئيس')).toContain(title)
    expect(self('اللواء')).toContain(title)
    expect(analyzeWord('اللواء', context).keys[SELF - 1]).toContain(wordFeatureKey('trigger', -1, 'person-title'))
    expect(self('بمدينة')).toContain(wordFeatureKey('trigger', 0, 'place-head'))
    expect(self('قال')).toContain(wordFeatureKey('trigger', 0, 'speech-verb'))
    expect(self('طرابلس')).not.toContain(title)
  })

  test('nisba adjectives of listed places', () => {
    const nisba = (word: string) => isPlaceNisba(normalizeArabic(word), gazetteer)
    for (const word of ['الليبي', 'الليبية', 'المصري', 'المصريين', 'ليبي']) expect(nisba(word), word).toBe(true)
    for (const word of ['الوطني', 'الرئيسي', 'ليبيا']) expect(nisba(word), word).toBe(false)
    expect(self('الليبية')).toContain(wordFeatureKey('nisba', 0, 1))
  })

  test('is deterministic', () => {
    expect(analyzeWord('والحكومة', context)).toEqual(analyzeWord('والحكومة', context))
  })

  test('word classes and usage buckets from unlabeled text, of the word, its stems and its neighbours', () => {
    const wordClasses = wordClassesFromData({
      columns: ['class64', 'article'],
      words: ['ترامب', 'قال'],
      values: [Uint16Array.from([7, 9]), Uint16Array.from([0, 1])]
    })
    const withClasses: FeatureContext = {...context, wordClasses}
    const keys = (word: string) => analyzeWord(word, withClasses).keys
    // Values: the column number times 0x10000 plus the class or bucket.
    expect(keys('ترامب')[SELF]).toContain(wordFeatureKey('class', 0, 7))
    expect(keys('ترامب')[SELF]).toContain(wordFeatureKey('usage', 0, 0x10000 + 0))
    expect(keys('ترامب')[SELF + 1]).toContain(wordFeatureKey('class', 1, 7))
    expect(keys('لترامب')[SELF]).toContain(wordFeatureKey('stemClass', 0, 7))
    // A word the table lacks is a class of its own.
    expect(keys('بايدن')[SELF]).toContain(wordFeatureKey('class', 0, 0xffff))
    expect(self('ترامب')).not.toContain(wordFeatureKey('class', 0, 7))
  })
})

describe('sentence features', () => {
  const words = ['وحكومة', 'الوفاق', 'الوطني', 'في', 'طرابلس'].map((word) => analyzeWord(word, context))
  const start = sentenceStart(context)
  const end = sentenceEnd(context)

  test('a multi-word gazetteer name marks its tokens as begin and inside, after a clitic', () => {
    const emitted: [number, number][] = []
    sentenceKeys(words, start, end, (token, key) => emitted.push([token, key]))
    const perToken = (token: number) => emitted.filter(([index]) => index === token).map(([, key]) => key)
    // Two word-pair keys per token, plus the name's begin/inside key on the first three.
    expect(emitted.map(([token]) => token).sort()).toEqual([0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 4, 4])
    expect(perToken(1).at(-1)).toBe(perToken(2).at(-1))
    expect(perToken(0).at(-1)).not.toBe(perToken(1).at(-1))
  })

  test('each token gets the keys of its neighbours at their offsets', () => {
    const keys = tokenKeys(words, start, end)
    expect(keys).toHaveLength(5)
    expect(keys[4]).toContain(wordFeatureKey('word', -1, 'في'))
    expect(keys[4]).toContain(wordFeatureKey('word', -2, 'الوطني'))
    expect(keys[4]).toContain(wordFeatureKey('word', 1, '</s>'))
    expect(keys[0]).toContain(wordFeatureKey('word', -2, '<s>'))
    expect(keys[0]).toContain(wordFeatureKey('word', 2, 'الوطني'))
  })
})
