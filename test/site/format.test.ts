import {describe, expect, test} from 'vitest'
import {monthBars} from '../../src/site/chart/month-bars.ts'
import {ARTICLES, countNoun, inOtherOutlets} from '../../src/site/format/counts.ts'
import {otherCoverage} from '../../src/site/format/other-coverage.ts'
import {dayToGregorian, dayToHijri, dayToWeekday, monthToArabic} from '../../src/site/format/dates.ts'
import {pageNumbers, paginate} from '../../src/site/pagination.ts'
import {createPaths, normalizeBase} from '../../src/site/paths.ts'
import {outletToSlug} from '../../src/site/archive/outlet-slug.ts'

describe('dates', () => {
  test('Gregorian and Hijri (Umm al-Qura), Western digits, the source\'s own day', () => {
    expect(dayToGregorian('2019-04-07')).toBe('7 أبريل 2019')
    expect(dayToHijri('2019-04-07')).toBe('2 شعبان 1440 هـ')
    expect(dayToWeekday('2019-04-07')).toBe('الأحد')
    expect(monthToArabic('2018-02')).toBe('فبراير 2018')
  })
})

describe('countNoun', () => {
  test.each([
    [0, 'لا مقالات'],
    [1, 'مقال واحد'],
    [2, 'مقالان'],
    [3, '3 مقالات'],
    [10, '10 مقالات'],
    [11, '11 مقالًا'],
    [99, '99 مقالًا'],
    [100, '100 مقال'],
    [103, '103 مقالات'],
    [12235, '12,235 مقالًا']
  ])('%i → $1', (count, expected) => {
    expect(countNoun(count, ARTICLES)).toBe(expected)
  })
})

describe('the rest of a story', () => {
  test.each([
    [1, 'في مصدر آخر'],
    [2, 'في مصدرين آخرين'],
    [3, 'في 3 مصادر أخرى'],
    [11, 'في 11 مصدرا آخر'],
    [100, 'في 100 مصدر آخر']
  ])('%i other outlets → $1', (count, expected) => {
    expect(inOtherOutlets(count)).toBe(expected)
  })

  test('each other article named by its outlet, by its day too when the outlet was named already', () => {
    const shown = {outlet: 'BBC Arabic', date: '2019-04-07T10:00:00Z'}
    expect(otherCoverage(shown, [{outlet: 'CNN', date: '2019-04-07'}, {outlet: 'BBC Arabic', date: '2019-04-08T01:00:00Z'}, {outlet: 'CNN', date: '2019-04-09'}])).toEqual({
      intro: 'وفي مصدر آخر:',
      labels: [{outlet: 'CNN'}, {outlet: 'BBC Arabic', day: '8 أبريل 2019'}, {outlet: 'CNN', day: '9 أبريل 2019'}]
    })
    expect(otherCoverage(shown, [{outlet: 'BBC Arabic'}]).intro).toBe('ومن القصة نفسها:')
  })
})

describe('paths', () => {
  test.each([
    ['/', '/'],
    ['', '/'],
    ['archive', '/archive/'],
    ['/archive', '/archive/'],
    ['/a/b/', '/a/b/']
  ])('normalizeBase(%j) → %j', (base, expected) => {
    expect(normalizeBase(base)).toBe(expected)
  })

  test('every address sits under the base; page 1 is the list\'s own address', () => {
    const paths = createPaths('/arshif')
    expect(paths.article('AL-1')).toBe('/arshif/articles/AL-1/')
    expect(paths.actor('khalifa-haftar')).toBe('/arshif/actors/khalifa-haftar/')
    expect(paths.actor('khalifa-haftar', 1)).toBe('/arshif/actors/khalifa-haftar/')
    expect(paths.actor('khalifa-haftar', 3)).toBe('/arshif/actors/khalifa-haftar/3/')
    expect(paths.actorJson('x')).toBe('/arshif/actors/x.json')
    expect(paths.month('2018-02', 2)).toBe('/arshif/archive/2018/02/2/')
    expect(paths.outlet('الجزيرة-نت')).toBe('/arshif/outlets/%D8%A7%D9%84%D8%AC%D8%B2%D9%8A%D8%B1%D8%A9-%D9%86%D8%AA/')
    expect(paths.asset('/robots.txt')).toBe('/arshif/robots.txt')
  })
})

describe('outletToSlug', () => {
  test.each([
    ['BBC Arabic', 'bbc-arabic'],
    ['Sky News Arabia', 'sky-news-arabia'],
    ['الجزيرة نت', 'الجزيرة-نت'],
    ['France 24', 'france-24'],
    ['!!!', 'outlet']
  ])('%s → %s', (name, slug) => {
    expect(outletToSlug(name)).toBe(slug)
  })
})

describe('pagination', () => {
  test('pages of a list; an empty list has one empty page', () => {
    expect(paginate([1, 2, 3, 4, 5], 2).map((slice) => [slice.page, slice.lastPage, slice.items])).toEqual([
      [1, 3, [1, 2]],
      [2, 3, [3, 4]],
      [3, 3, [5]]
    ])
    expect(paginate([], 10)).toEqual([{page: 1, lastPage: 1, items: []}])
  })

  test.each([
    [1, 1, [1]],
    [1, 3, [1, 2, 3]],
    [6, 20, [1, 'gap', 5, 6, 7, 'gap', 20]],
    [1, 20, [1, 2, 'gap', 20]],
    [20, 20, [1, 'gap', 19, 20]]
  ])('pageNumbers(%i, %i) → %j', (current, last, expected) => {
    expect(pageNumbers(current, last)).toEqual(expected)
  })
})

describe('monthBars', () => {
  const counts = [
    {month: '2018-12', count: 2},
    {month: '2019-01', count: 0},
    {month: '2019-02', count: 4}
  ]
  const chart = monthBars(counts, {width: 300, height: 100, labelHeight: 20})

  test('time runs right to left: the oldest month is the rightmost bar', () => {
    const [oldest, empty, newest] = chart.bars
    expect(oldest.x).toBeGreaterThan(empty.x)
    expect(empty.x).toBeGreaterThan(newest.x)
    expect(oldest.x + oldest.width).toBeLessThanOrEqual(300)
  })

  test('heights scale to the busiest month; an empty month has no bar', () => {
    expect(chart.max).toBe(4)
    expect(chart.bars.map((bar) => bar.height)).toEqual([36, 0, 72])
    expect(chart.bars.every((bar) => bar.y + bar.height === chart.plotHeight)).toBe(true)
  })

  test('up to 12 months each get a label; longer spans get years, never overlapping', () => {
    expect(chart.labels.map((label) => [label.month, label.kind])).toEqual([
      ['2018-12', 'month'],
      ['2019-01', 'month'],
      ['2019-02', 'month']
    ])
    // 30 months from December 2017: the first bar and each January get the year,
    // but January 2018 stands too close to the first label and is left out.
    const months = Array.from({length: 30}, (_, index) => {
      const date = new Date(Date.UTC(2017, 11 + index, 1))
      return {month: date.toISOString().slice(0, 7), count: 1}
    })
    const long = monthBars(months, {width: 720})
    expect(long.labels.map((label) => [label.month, label.kind])).toEqual([
      ['2017-12', 'year'],
      ['2019-01', 'year'],
      ['2020-01', 'year']
    ])
  })
})
