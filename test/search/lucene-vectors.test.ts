import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {lightStem} from '../../src/shared/arabic/light-stem.ts'
import {normalizeArabic} from '../../src/shared/arabic/normalize.ts'
import {ANALYZERS} from '../../src/shared/search/analyzers.ts'

/** Rows of a vector file (`# …` lines are provenance): test name and its columns. */
function vectors(name: string): Array<{name: string; input: string; expected: string}> {
  const text = readFileSync(new URL(`../fixtures/search/lucene/${name}`, import.meta.url), 'utf8')
  return text
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [test, input = '', expected = ''] = line.split('\t')
      return {name: test, input, expected}
    })
}

describe("normalizeArabic agrees with Lucene's ArabicNormalizationFilter", () => {
  test.each(vectors('lucene-arabic-normalization.tsv'))('$name: $input → $expected', ({input, expected}) => {
    expect(normalizeArabic(input)).toBe(expected)
  })
})

describe("lightStem agrees with Lucene's ArabicStemFilter", () => {
  test.each(vectors('lucene-arabic-stem.tsv'))('$name: $input → $expected', ({input, expected}) => {
    expect(lightStem(input)).toBe(expected)
  })
})

describe("the light analyzer agrees with Lucene's ArabicAnalyzer, stopwords aside", () => {
  // arshif's search keeps stopwords (a query for `ما` finds `ما`), so the rows that test
  // Lucene's stopword list (`ما`، `الذين`) compare without them.
  const stopwords = new Set(['ما', 'الذين', 'the'])
  const rows = vectors('lucene-arabic-analyzer.tsv').filter((row) => !row.name.includes('ExclusionSet(no stopwords, exclusion'))
  test.each(rows)('$name: $input → $expected', ({input, expected}) => {
    const words = input.split(/\s+/).filter((word) => word && !stopwords.has(word))
    const terms = words.map((word) => ANALYZERS.light.query(word.replace(/\.$/, '')))
    expect(terms.join(' ')).toBe(expected.split(' ').filter((word) => !stopwords.has(word)).join(' '))
  })
})
