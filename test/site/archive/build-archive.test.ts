import {describe, expect, test} from 'vitest'
import type {RegistryActor} from '../../../src/shared/schemas/actor.ts'
import {dateToTime} from '../../../src/site/archive/archive-article.ts'
import {buildArchive} from '../../../src/site/archive/build-archive.ts'
import {coOccurringActors} from '../../../src/site/archive/co-occurring-actors.ts'
import {monthlyCounts} from '../../../src/site/archive/monthly-counts.ts'
import {relatedArticles} from '../../../src/site/archive/related-articles.ts'
import {groupTimeline, timelineItems} from '../../../src/site/archive/timeline-groups.ts'
import {buildStoryIndex} from '../../../src/site/archive/story-index.ts'
import {mention, record} from '../../helpers/site-archive.ts'

const registryActor = (id: string, fields: Partial<RegistryActor> = {}): RegistryActor => ({
  id,
  name: `اسم ${id}`,
  nameEn: id,
  type: 'person',
  aliases: [],
  ambiguousAliases: [],
  titles: [],
  formerIds: [],
  ...fields
})

describe('dateToTime', () => {
  test.each([
    ['2019-04-07', Date.UTC(2019, 3, 7)],
    ['2019-04-07T10:30', Date.UTC(2019, 3, 7, 10, 30)],
    ['2019-04-07T10:30:00+02:00', Date.UTC(2019, 3, 7, 8, 30)],
    ['2019-04-07T10:30:00+0200', Date.UTC(2019, 3, 7, 8, 30)]
  ])('%s → %i', (date, expected) => {
    expect(dateToTime(date)).toBe(expected)
  })
})

describe('buildArchive', () => {
  const articles = [
    record('b', {date: '2019-04-07T10:00:00+02:00', outlet: 'BBC Arabic', actors: [mention('haftar'), mention('tripoli', 'place')]}),
    record('undated-z', {outlet: 'BBC Arabic', actors: [mention('haftar')]}),
    record('a', {date: '2019-04-08', outlet: 'الجزيرة نت', actors: [mention('haftar', 'person', 3)]}),
    record('c', {date: '2019-03-01T01:00:00+04:00', actors: [mention('old-haftar'), mention('rare', 'organization')]}),
    record('undated-y')
  ]
  const registry = [registryActor('haftar', {name: 'خليفة حفتر', wikidata: 'Q1', formerIds: ['old-haftar']})]
  const archive = buildArchive(articles, registry)

  test('articles run newest first by instant, undated last by id', () => {
    expect(archive.articles.map((article) => article.id)).toEqual(['a', 'b', 'c', 'undated-y', 'undated-z'])
  })

  test('previous and next skip undated articles', () => {
    const [a, , c, y] = archive.articles
    expect([archive.newer(a), archive.older(a)?.id]).toEqual([undefined, 'b'])
    expect([archive.newer(c)?.id, archive.older(c)]).toEqual(['b', undefined])
    expect([archive.newer(y), archive.older(y)]).toEqual([undefined, undefined])
  })

  test('a month is the source\'s local month, whatever the instant', () => {
    expect(archive.months.map((month) => [month.key, month.articles.map((article) => article.id)])).toEqual([
      ['2019-04', ['a', 'b']],
      ['2019-03', ['c']]
    ])
  })

  test('actors: counts, first and last day, the registry\'s name, merged ids counted once', () => {
    expect(archive.actor('haftar')).toEqual({
      id: 'haftar',
      name: 'خليفة حفتر',
      nameEn: 'haftar',
      type: 'person',
      description: undefined,
      aliases: [],
      wikidata: 'Q1',
      formerIds: ['old-haftar'],
      registered: true,
      articleCount: 4,
      mentionCount: 6,
      first: '2019-03-01',
      last: '2019-04-08'
    })
    expect(archive.actorArticles('haftar').map((article) => article.id)).toEqual(['a', 'b', 'c', 'undated-z'])
    expect(archive.actor('old-haftar')?.id).toBe('haftar')
    expect([...archive.redirects]).toEqual([['old-haftar', 'haftar']])
  })

  test('a place named only in an article\'s dateline does not put the article on its timeline', () => {
    const dubai = {...mention('dubai', 'place'), dateline: true as const}
    const filed = buildArchive([record('filed', {date: '2019-04-01', actors: [dubai, mention('haftar')]}), record('about', {date: '2019-04-02', actors: [mention('dubai', 'place')]})], [registryActor('dubai', {type: 'place'}), registryActor('haftar')])
    expect(filed.actorArticles('dubai').map((article) => article.id)).toEqual(['about'])
    expect(filed.actorArticles('haftar').map((article) => article.id)).toEqual(['filed'])
  })

  test('actors sort by article count, then by Arabic name', () => {
    expect(archive.actors.map((actor) => actor.id)).toEqual(['haftar', 'rare', 'tripoli'])
  })

  test('option `minArticles`: other actors need that many articles; registry actors always have a page', () => {
    const strict = buildArchive(articles, registry, {minArticles: 2})
    expect(strict.actors.map((actor) => actor.id)).toEqual(['haftar'])
    expect(strict.actor('tripoli')).toBeUndefined()
    expect(strict.actorArticles('tripoli')).toEqual([])
  })

  test('an actor outside the registry takes the name and type most of its articles give it', () => {
    const tagged = buildArchive([
      record('1', {date: '2019-01-03', actors: [mention('ar-x', 'organization', 1, 'الاسم الأول')]}),
      record('2', {date: '2019-01-02', actors: [mention('ar-x', 'place', 1, 'الاسم الثاني')]}),
      record('3', {date: '2019-01-01', actors: [mention('ar-x', 'place', 1, 'الاسم الثاني')]})
    ])
    expect(tagged.actor('ar-x')).toMatchObject({name: 'الاسم الثاني', type: 'place', registered: false, articleCount: 3})
    // A tie goes to the first in Arabic collation order, whatever the articles' order.
    const tie = buildArchive([
      record('1', {date: '2019-01-02', actors: [mention('ar-y', 'place', 1, 'بغداد')]}),
      record('2', {date: '2019-01-01', actors: [mention('ar-y', 'place', 1, 'أربيل')]})
    ])
    expect(tie.actor('ar-y')?.name).toBe('أربيل')
  })

  test('outlets by article count, with stable slugs', () => {
    expect(archive.outlets.map((outlet) => [outlet.slug, outlet.name, outlet.articles.length])).toEqual([
      ['bbc-arabic', 'BBC Arabic', 2],
      ['الجزيرة-نت', 'الجزيرة نت', 1]
    ])
  })
})

describe('relatedArticles', () => {
  const articles = [
    record('target', {date: '2019-01-10', actors: [mention('common'), mention('rare-1'), mention('rare-2')]}),
    record('shares-rare', {date: '2019-01-01', actors: [mention('rare-1'), mention('rare-2')]}),
    record('shares-common-near', {date: '2019-01-09', actors: [mention('common')]}),
    record('shares-common-far', {date: '2018-01-09', actors: [mention('common')]}),
    record('unrelated', {date: '2019-01-10', actors: [mention('other')]}),
    ...Array.from({length: 6}, (_, index) => record(`filler-${index}`, {date: '2017-01-01', actors: [mention('common')]}))
  ]
  const archive = buildArchive(articles)

  test('rarer shared actors weigh more; ties go to the nearest in time', () => {
    const related = relatedArticles(archive, archive.article('target')!, {limit: 3})
    expect(related.map((article) => article.id)).toEqual(['shares-rare', 'shares-common-near', 'shares-common-far'])
  })

  test('option `window` bounds the candidates taken from each actor', () => {
    const related = relatedArticles(archive, archive.article('target')!, {limit: 10, window: 2})
    expect(related.map((article) => article.id)).not.toContain('filler-5')
  })
})

describe('coOccurringActors', () => {
  test('most shared articles first, only actors with a page, the actor itself left out', () => {
    const archive = buildArchive(
      [
        record('1', {date: '2019-01-01', actors: [mention('x'), mention('y'), mention('z')]}),
        record('2', {date: '2019-01-02', actors: [mention('x'), mention('z')]}),
        record('3', {date: '2019-01-03', actors: [mention('y')]})
      ],
      [],
      {minArticles: 1}
    )
    expect(coOccurringActors(archive, 'x').map(({actor, count}) => [actor.id, count])).toEqual([
      ['z', 2],
      ['y', 1]
    ])
  })
})

describe('monthlyCounts', () => {
  test('every month from first to last, gaps at zero, undated left out', () => {
    const counts = monthlyCounts([
      record('1', {date: '2018-11-05'}),
      record('2', {date: '2019-02-01'}),
      record('3', {date: '2019-02-20'}),
      record('4')
    ])
    expect(counts).toEqual([
      {month: '2018-11', count: 1},
      {month: '2018-12', count: 0},
      {month: '2019-01', count: 0},
      {month: '2019-02', count: 2}
    ])
  })

  test('no dated article: no months', () => {
    expect(monthlyCounts([record('1')])).toEqual([])
  })
})

describe('groupTimeline', () => {
  test('years and months newest first; undated apart', () => {
    const timeline = groupTimeline(
      [record('1', {date: '2019-02-01'}), record('2', {date: '2019-01-31'}), record('3', {date: '2018-12-01'}), record('4')].map((article) => ({article, others: []}))
    )
    expect(
      timeline.years.map((year) => [year.year, year.months.map((month) => [month.month, month.items.map((item) => item.article.id)])])
    ).toEqual([
      ['2019', [['2019-02', ['1']], ['2019-01', ['2']]]],
      ['2018', [['2018-12', ['3']]]]
    ])
    expect(timeline.undated.map((item) => item.article.id)).toEqual(['4'])
  })
})

describe('stories', () => {
  const articles = [
    record('sky', {date: '2018-08-05T18:00:00Z', outlet: 'Sky', actors: [mention('lombok', 'place')]}),
    record('bbc', {date: '2018-08-05T20:00:00Z', outlet: 'BBC', actors: [mention('lombok', 'place')]}),
    record('f24', {date: '2018-08-06T09:00:00Z', outlet: 'F24', actors: [mention('lombok', 'place')]}),
    record('later', {date: '2018-08-20T09:00:00Z', outlet: 'F24', actors: [mention('lombok', 'place')]}),
    record('copy', {date: '2018-08-05T21:00:00Z', outlet: 'Wire', actors: [mention('lombok', 'place')]})
  ]
  const archive = buildArchive(articles)
  const index = buildStoryIndex(
    [
      {id: 'quake', articles: ['f24', 'sky', 'bbc', 'copy', 'gone'], copies: [['bbc', 'copy']]},
      {id: 'one-left', articles: ['later', 'gone'], copies: []}
    ],
    archive.article
  )

  test('a story holds the articles the archive has, oldest first; one left with a single article is none', () => {
    expect(index.stories.map((story) => story.id)).toEqual(['quake'])
    const quake = index.story('quake')!
    expect(quake.articles.map((article) => article.id)).toEqual(['sky', 'bbc', 'copy', 'f24'])
    expect(quake.outlets).toEqual(['Sky', 'BBC', 'Wire', 'F24'])
    expect([quake.first, quake.last, quake.month]).toEqual(['2018-08-05', '2018-08-06', '2018-08'])
    expect(index.storyOf(archive.article('later')!)).toBeUndefined()
    expect(index.isCopy(archive.article('copy')!, archive.article('bbc')!)).toBe(true)
    expect(index.isCopy(archive.article('sky')!, archive.article('bbc')!)).toBe(false)
    expect(index.copyOf(archive.article('copy')!)?.id).toBe('bbc')
    expect(index.copyOf(archive.article('bbc')!)).toBeUndefined()
    expect(index.monthStories('2018-08')).toEqual([quake])
  })

  test('an actor’s timeline shows a story once, at its first article, with the others', () => {
    const items = timelineItems(archive.actorArticles('lombok'), index.storyOf)
    expect(items.map((item) => [item.article.id, item.others.map((other) => other.id)])).toEqual([
      ['later', []],
      ['sky', ['bbc', 'copy', 'f24']]
    ])
  })
})
