import {expect, test} from 'vitest'
import {ActorIdSchema} from '../../src/shared/schemas/actor.ts'
import {actorNameRows, actorTypePages} from '../../src/site/archive/actor-index.ts'
import type {ActorEntry} from '../../src/site/archive/build-archive.ts'
import {ACTOR_TYPE_PAGE_SIZE} from '../../src/site/page-sizes.ts'

const actor = (id: string, type: ActorEntry['type'], fields: Partial<ActorEntry> = {}): ActorEntry => ({
  id,
  name: id,
  type,
  aliases: [],
  formerIds: [],
  registered: true,
  articleCount: 1,
  mentionCount: 1,
  ...fields
})

test('a type\'s list is cut into pages of a fixed size, so no page grows with the archive', () => {
  const people = Array.from({length: ACTOR_TYPE_PAGE_SIZE + 1}, (_, index) => actor(`p${index}`, 'person'))
  const pages = actorTypePages([...people, actor('paris', 'place')], 'person')
  expect(pages.map((slice) => [slice.page, slice.lastPage, slice.items.length])).toEqual([
    [1, 2, ACTOR_TYPE_PAGE_SIZE],
    [2, 2, 1]
  ])
  expect(actorTypePages([], 'place')).toEqual([{page: 1, lastPage: 1, items: []}])
})

test('a name row holds every name in matching form, once', () => {
  const salame = actor('ghassan-salame', 'person', {name: 'غسان سلامة', aliases: ['غسان سلامه', 'سلامة'], nameEn: 'Ghassan Salamé', articleCount: 59})
  expect(actorNameRows([salame])).toEqual([['ghassan-salame', 'غسان سلامة', 'person', 59, 'غسان سلامه|سلامه|ghassan salamé']])
})

test('the index\'s own addresses cannot be actor ids', () => {
  expect(ActorIdSchema.safeParse('people').success).toBe(false)
  expect(ActorIdSchema.safeParse('names').success).toBe(false)
  expect(ActorIdSchema.safeParse('peoples').success).toBe(true)
})
