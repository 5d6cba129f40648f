import {describe, expect, test} from 'vitest'
import {buildWordClasses, countBucket, shareBucket} from '../../../scripts/actors/tagger/build-word-classes.ts'
import {countBigrams, exchangeClusters} from '../../../scripts/actors/tagger/exchange-clustering.ts'
import {
  tsvToWordClasses,
  wordClassesFromData,
  wordClassesToTsv,
  wordClassKey,
  type WordClassesData
} from '../../../scripts/actors/tagger/word-classes.ts'

// A made-up text in which persons, cities and verbs each share their contexts.
const PERSONS = ['سمير', 'كريم', 'هادي', 'نادر']
const CITIES = ['القاهرة', 'بغداد', 'دمشق', 'عمان']
const VERBS = ['زار', 'غادر', 'دخل']
const paragraphs: string[][] = []
for (const [p, person] of PERSONS.entries()) {
  for (const [c, city] of CITIES.entries()) {
    paragraphs.push(['قال', 'الرئيس', person, 'إنه', VERBS[(p + c) % VERBS.length], city, 'أمس', '.'])
  }
}

describe('exchangeClusters', () => {
  test('words used alike end in one class, and apart from words used otherwise', () => {
    const words = [...new Set(paragraphs.flat())]
    const ids = new Map(words.map((word, id) => [word, id]))
    const text = Int32Array.from(paragraphs.flatMap((paragraph) => [...paragraph.map((word) => ids.get(word)!), words.length]))
    // Nine roles (قال, الرئيس, person, إنه, verb, city, أمس, the stop, the paragraph end): one class each.
    const classOf = exchangeClusters(countBigrams(text, words.length + 1), {classes: 9, iterations: 20})
    const classes = (list: string[]) => new Set(list.map((word) => classOf[ids.get(word)!]))
    expect(classes(PERSONS).size).toBe(1)
    expect(classes(CITIES).size).toBe(1)
    expect(classes(VERBS).size).toBe(1)
    expect(classes([PERSONS[0], CITIES[0], VERBS[0]]).size).toBe(3)
  })

  test('countBigrams counts each pair both ways', () => {
    const counts = countBigrams(Int32Array.from([0, 1, 0, 1, 2]), 3)
    expect(counts.total).toBe(4)
    const next = (word: number) =>
      Array.from(counts.next.subarray(counts.nextStart[word], counts.nextStart[word + 1]), (other, index) => [
        other,
        counts.nextCount[counts.nextStart[word] + index]
      ])
    expect(next(0)).toEqual([[1, 2]])
    expect(next(1)).toEqual([[0, 1], [2, 1]])
    expect(Array.from(counts.previous.subarray(counts.previousStart[1], counts.previousStart[2]))).toEqual([0])
  })
})

describe('buildWordClasses', () => {
  const options = {minCount: 2, granularities: [4, 8], iterations: 10}
  const more = [...paragraphs, ['الجيش', 'الجيش', 'والجيش', 'جيش', 'جيش', '2018', '2019', 'بالجيش', 'مرة']]
  const table = buildWordClasses(more, options)
  const classes = wordClassesFromData(table)
  const value = (word: string, column: string) => classes.value(classes.row(word), table.columns.indexOf(column))

  test('is deterministic and lists the words seen often enough, sorted, by their matching form', () => {
    expect(buildWordClasses(more, options)).toEqual(table)
    expect(table.columns).toEqual(['class4', 'class8', 'frequency', 'article', 'proclitic', 'afterTitle', 'afterSpeech'])
    expect(table.words).toEqual([...table.words].sort())
    expect(classes.row('القاهره')).toBeGreaterThanOrEqual(0)
    expect(classes.row('0000')).toBeGreaterThanOrEqual(0)
    // Seen once only: left out.
    expect(classes.row('مره')).toBe(-1)
  })

  test('usage statistics: after a title, after a reporting verb, with the article', () => {
    expect(value('سمير', 'afterTitle')).toBe(5)
    expect(value('الرءيس', 'afterSpeech')).toBe(5)
    expect(value('سمير', 'afterSpeech')).toBe(0)
    // جيش: twice bare, four times with the article (الجيش twice, والجيش, بالجيش): a share of 2/3.
    expect(value('جيش', 'article')).toBe(4)
    expect(value('الجيش', 'article')).toBe(0)
    expect(value('الجيش', 'proclitic')).toBe(3)
    expect(value('انه', 'frequency')).toBe(4)
  })

  test.each([
    {share: 0, expected: 0},
    {share: 0.05, expected: 1},
    {share: 0.1, expected: 2},
    {share: 0.5, expected: 3},
    {share: 0.6, expected: 4},
    {share: 1, expected: 5}
  ])('shareBucket($share) is $expected', ({share, expected}) => {
    expect(shareBucket(share)).toBe(expected)
  })

  test('countBucket is the whole part of log2, at most 20', () => {
    expect([1, 2, 3, 1024, 2 ** 30].map(countBucket)).toEqual([0, 1, 1, 10, 20])
  })
})

describe('the word-class table file', () => {
  const data: WordClassesData = {
    columns: ['class4', 'article'],
    words: ['ترامب', 'قال'],
    values: [Uint16Array.from([1, 3]), Uint16Array.from([0, 5])]
  }

  test('round-trips through TSV', () => {
    const text = wordClassesToTsv(data)
    expect(text).toBe('word\tclass4\tarticle\nترامب\t1\t0\nقال\t3\t5\n')
    expect(tsvToWordClasses(text, 'table.tsv')).toEqual(data)
  })

  test('looks words up by their matching form, digits as 0', () => {
    const classes = wordClassesFromData(data)
    expect(classes.value(classes.row('قال'), 1)).toBe(5)
    expect(classes.row('بايدن')).toBe(-1)
    expect(wordClassKey('عام2018')).toBe('عام0000')
  })

  test.each([
    {text: 'term\tclass4\n', error: 'table.tsv:1: expected a header "word<TAB>column...", not `term\tclass4`'},
    {text: 'word\tclass4\nقال\tx\n', error: 'table.tsv:2: expected a word and 1 integers 0..65535, tab-separated'},
    {text: 'word\tclass4\nقال\t1\nترامب\t2\n', error: 'table.tsv:3: words must be sorted and distinct, `ترامب` is not after `قال`'}
  ])('a malformed table is an error naming the line: $error', ({text, error}) => {
    expect(() => tsvToWordClasses(text, 'table.tsv')).toThrow(error)
  })
})
