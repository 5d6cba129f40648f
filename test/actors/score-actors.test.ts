import {describe, expect, test} from 'vitest'
import {rates, scoreActors, type GoldArticle, type SystemActor} from '../../scripts/actors/eval/score-actors.ts'

const gold: GoldArticle[] = [
  {
    id: 'a',
    actors: [
      {canonical: 'خليفة حفتر', type: 'person', forms: ['خليفة حفتر', 'حفتر']},
      {canonical: 'وكالة الأنباء السورية', type: 'organization', forms: ['وكالة الأنباء السورية', 'سانا']},
      {canonical: 'طرابلس', type: 'place', forms: ['طرابلس']},
      {canonical: 'الأمم المتحدة', type: 'organization', forms: ['الأمم المتحدة']}
    ]
  }
]

describe('scoreActors', () => {
  test('matches by a form with its proclitic read off and after normalization; a wrong type is a miss and a spurious actor', () => {
    const system = new Map<string, SystemActor[]>([
      [
        'a',
        [
          {name: 'المشير خليفة حفتر', type: 'person', forms: ['لحفتر']},
          {name: 'سانا', type: 'organization', forms: ['وسانا']},
          {name: 'طرابلس', type: 'person', forms: ['بطرابلس']},
          {name: 'الامم المتحده', type: 'organization', forms: ['للأمم المتحدة']},
          {name: 'دمشق', type: 'place', forms: ['دمشق']}
        ]
      ]
    ])
    const score = scoreActors(gold, system)
    expect(score.overall).toEqual({matched: 3, system: 5, gold: 4})
    expect(score.byType.place).toEqual({matched: 0, system: 1, gold: 1})
    expect(score.byType.person).toEqual({matched: 1, system: 2, gold: 1})
    expect(score.articles).toEqual([{id: 'a', missed: ['طرابلس (place)'], spurious: ['طرابلس (person)', 'دمشق (place)']}])
  })

  test('each actor matches at most once; an article the system lacks counts every gold actor as missed', () => {
    const twice = new Map<string, SystemActor[]>([
      ['a', [{name: 'حفتر', type: 'person', forms: ['حفتر']}, {name: 'خليفة حفتر', type: 'person', forms: ['خليفة حفتر']}]]
    ])
    expect(scoreActors(gold, twice).overall).toEqual({matched: 1, system: 2, gold: 4})
    expect(scoreActors(gold, new Map()).overall).toEqual({matched: 0, system: 0, gold: 4})
  })

  test('reads titles off system forms, as gold forms leave them out, and compares عبد joined to the next word', () => {
    const royals: GoldArticle[] = [
      {
        id: 'b',
        actors: [
          {canonical: 'إليزابيث', type: 'person', forms: ['إليزابيث']},
          {canonical: 'محمد بن عبدالرحمن آل ثاني', type: 'person', forms: ['محمد بن عبدالرحمن آل ثاني']},
          {canonical: 'الملك', type: 'person', forms: []}
        ]
      }
    ]
    const system = new Map<string, SystemActor[]>([
      [
        'b',
        [
          {name: 'الملكة إليزابيث الثانية', type: 'person', forms: ['والملكة إليزابيث']},
          {name: 'محمد بن عبد الرحمن آل ثاني', type: 'person', forms: ['الشيخ محمد بن عبد الرحمن آل ثاني']},
          {name: 'الأمير', type: 'person', forms: ['الأمير الملك']}
        ]
      ]
    ])
    // A title alone is never read down to nothing: `الأمير الملك` keeps `الملك`, which matches.
    expect(scoreActors(royals, system).overall).toEqual({matched: 3, system: 3, gold: 3})
  })

  test('compares a place with and without the kind of place that leads it', () => {
    const places: GoldArticle[] = [
      {
        id: 'c',
        actors: [
          {canonical: 'مديرية التحيتا', type: 'place', forms: ['مديرية التحيتا']},
          {canonical: 'إدلب', type: 'place', forms: ['إدلب']},
          {canonical: 'حي الزيتون', type: 'place', forms: ['حي الزيتون']},
          {canonical: 'وزارة الداخلية', type: 'organization', forms: ['وزارة الداخلية']}
        ]
      }
    ]
    const system = new Map<string, SystemActor[]>([
      [
        'c',
        [
          {name: 'التحيتا', type: 'place', forms: ['التحيتا']},
          {name: 'محافظة إدلب', type: 'place', forms: ['بمحافظة إدلب']},
          {name: 'الزيتون', type: 'place', forms: ['الزيتون']},
          {name: 'الداخلية', type: 'organization', forms: ['الداخلية']}
        ]
      ]
    ])
    // Only places: an organization's head is part of its name.
    expect(scoreActors(places, system).overall).toEqual({matched: 3, system: 4, gold: 4})
  })

  test.each([
    [{matched: 3, system: 4, gold: 6}, {precision: 0.75, recall: 0.5, f1: 0.6}],
    [{matched: 0, system: 0, gold: 2}, {precision: 0, recall: 0, f1: 0}]
  ])('rates(%o) is %o', (counts, expected) => {
    const result = rates(counts)
    expect(result.precision).toBeCloseTo(expected.precision)
    expect(result.recall).toBeCloseTo(expected.recall)
    expect(result.f1).toBeCloseTo(expected.f1)
  })
})
