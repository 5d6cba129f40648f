import {describe, expect, it} from 'vitest'
import {articleCount, formatDate, resultCount} from '../../src/components/search/format.ts'

describe('search page wording', () => {
  it('counts results with the noun in the form Arabic grammar asks for', () => {
    expect(resultCount(0)).toBe('لا نتائج')
    expect(resultCount(1)).toBe('نتيجة واحدة')
    expect(resultCount(2)).toBe('نتيجتان')
    expect(resultCount(3)).toBe('3 نتائج')
    expect(resultCount(11)).toBe('11 نتيجة')
    expect(resultCount(100)).toBe('100 نتيجة')
    expect(resultCount(12235)).toBe('12,235 نتيجة')
  })

  it('counts an actor page’s articles as the rest of the site does', () => {
    expect(articleCount(1)).toBe('مقال واحد')
    expect(articleCount(2)).toBe('مقالان')
    expect(articleCount(5)).toBe('5 مقالات')
    expect(articleCount(12)).toBe('12 مقالًا')
    expect(articleCount(100)).toBe('100 مقال')
  })

  it('shows a date in the Gregorian calendar with Latin digits, and other text as it is', () => {
    expect(formatDate('2018-04-07')).toBe('7 أبريل 2018')
    // The source's day, as on the article page, not the UTC day (2018-04-08 04:30).
    expect(formatDate('2018-04-07T23:30:00-05:00')).toBe('7 أبريل 2018')
    expect(formatDate('غير مؤرخ')).toBe('غير مؤرخ')
  })
})
