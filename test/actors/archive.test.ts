import {describe, expect, test} from 'vitest'
import {archiveActors, spreadableIds} from '../../scripts/actors/archive/archive-actors.ts'
import {archiveIndex, collectArchiveNames, type FoundName} from '../../scripts/actors/archive/archive-names.ts'
import type {ArticleActor} from '../../src/shared/schemas/actor.ts'
import {testActors, testNotActors} from './fixtures.ts'

const khokha: FoundName = ['ar-alk1wk1h', 'الخوخة', 'place']
const moayad: FoundName = ['ar-ah1md-h1syn-ma1yad', 'أحمد حسين معياد', 'person']
const index = archiveIndex({actors: testActors, notActors: testNotActors}, collectArchiveNames([[khokha, moayad]]))
const none = {ids: new Set<string>()}

describe('collectArchiveNames', () => {
  test('each id once, with its first name and the type most articles give it, sorted by id', () => {
    const names = collectArchiveNames([[khokha], [['ar-alk1wk1h', 'والخوخة', 'person']], [khokha], [moayad]])
    expect(names).toEqual([
      {id: 'ar-ah1md-h1syn-ma1yad', name: 'أحمد حسين معياد', type: 'person'},
      {id: 'ar-alk1wk1h', name: 'الخوخة', type: 'place'}
    ])
  })
})

describe('archiveActors', () => {
  test('a name found elsewhere is an actor here, with its forms as written', () => {
    expect(archiveActors(['وصلت التعزيزات إلى الخوخة.', 'وقال سكان في بالخوخة إن القصف توقف.'], none, index)).toEqual([
      {id: 'ar-alk1wk1h', name: 'الخوخة', type: 'place', mentions: 2, forms: ['بالخوخة', 'الخوخة'], byArchive: true}
    ])
  })

  test('one mention is enough, of a one-word name too', () => {
    expect(archiveActors(['وصلت التعزيزات إلى الخوخة.'], none, index).map(({id}) => id)).toEqual(['ar-alk1wk1h'])
    expect(archiveActors(['قتل أحمد حسين معياد.'], none, index).map(({id}) => id)).toEqual(['ar-ah1md-h1syn-ma1yad'])
  })

  test('no actor the article has already, no name inside a longer one, none in a dateline', () => {
    const text = ['الخوخة والخوخة.']
    expect(archiveActors(text, {ids: new Set(['ar-alk1wk1h'])}, index)).toEqual([])
    const longer: FoundName = ['ar-mdynh-alk1wk1h-aljdydh', 'مدينة الخوخة الجديدة', 'place']
    const withLonger = archiveIndex({actors: testActors, notActors: []}, collectArchiveNames([[khokha, longer]]))
    expect(archiveActors(['مدينة الخوخة الجديدة. ومدينة الخوخة الجديدة.'], {ids: new Set([longer[0]])}, withLonger)).toEqual([])
    expect(archiveActors(['الخوخة (CNN)-- قال مسؤول إن الهدوء عاد.'], none, index)).toEqual([])
  })

  test('a name written as a form of one of the article’s own actors is that actor, not another', () => {
    // The article's own pass found the Iranian ministry, and read its short name as that ministry.
    const ministry: FoundName = ['ar-wzarh-alk1arjyh', 'وزارة الخارجية', 'organization']
    const iranian: FoundName = ['ar-wzarh-alk1arjyh-alayranyh', 'وزارة الخارجية الإيرانية', 'organization']
    const withMinistry = archiveIndex({actors: testActors, notActors: []}, collectArchiveNames([[ministry], [iranian]]))
    const text = ['قالت وزارة الخارجية الإيرانية إن الاتفاق قائم.', 'وأضاف بيان لوزارة الخارجية أن طهران لن تنسحب.']
    const present = {ids: new Set([iranian[0]])}
    expect(archiveActors(text, present, withMinistry).map(({id}) => id)).toEqual([ministry[0]])
    expect(archiveActors(text, {...present, forms: new Set(['وزارة الخارجية الإيرانية', 'لوزارة الخارجية'])}, withMinistry)).toEqual([])
  })

  test('a registry name stays the registry’s: it is never given by the archive', () => {
    const registryName = archiveIndex({actors: testActors, notActors: []}, collectArchiveNames([[['ar-trablus', 'طرابلس', 'place']]]))
    expect(archiveActors(['طرابلس وطرابلس.'], none, registryName)).toEqual([])
  })
})

describe('spreadableIds', () => {
  const gained = (id: string, articles: number): ArticleActor[][] =>
    Array.from({length: articles}, () => [{id, name: 'x', type: 'place', mentions: 2, forms: ['x'], byArchive: true}])

  test('a name spreads when its own articles are at least two and at least half of those where it stands', () => {
    expect(spreadableIds([[khokha], [khokha]], gained(khokha[0], 2))).toEqual(new Set([khokha[0]]))
    expect(spreadableIds([[khokha], [khokha]], gained(khokha[0], 3))).toEqual(new Set())
    expect(spreadableIds([[khokha]], gained(khokha[0], 1))).toEqual(new Set())
  })
})
