import {describe, expect, test} from 'vitest'
import {extractActors} from '../../scripts/actors/extract-actors.ts'
import {defaultActorIndex} from '../../scripts/actors/match/actor-index.ts'
import {defaultNameTagger} from '../../scripts/actors/tagged-names.ts'

/** The actors the committed model and the project's registry find in one paragraph, as `[name, forms]`. */
function actors(text: string): [string, string[]][] {
  return extractActors([{text, heading: false}], {index: defaultActorIndex(), tagger: defaultNameTagger()}).actors.map((actor) => [actor.name, actor.forms])
}

describe('the committed tagger as the actor stage’s NameTagger', () => {
  test('a person’s name after و is read without it when the rest begins with a given name', () => {
    expect(actors('وصل الوزير جبران باسيل ومحمد يزبك إلى بيروت.')).toContainEqual(['محمد يزبك', ['ومحمد يزبك']])
  })

  test('السعودية after a definite noun is the adjective "Saudi", not the country; a body it ends is still found', () => {
    expect(actors('وصل إلى العاصمة السعودية صباح اليوم.').map(([name]) => name)).not.toContain('السعودية')
    expect(actors('زار الوزير السعودية أمس.').map(([name]) => name)).toContain('السعودية')
    expect(actors('قالت الحكومة السعودية إن الزيارة مهمة.').map(([name]) => name)).toContain('الحكومة السعودية')
  })

  test('a word of kinship the tagger runs into a name is no part of it', () => {
    const names = actors('وصل الأمير وليام نجل ولي العهد البريطاني الأحد إلى الأردن.').map(([name]) => name)
    expect(names).not.toContain('وليام نجل')
  })

  test('a given name that begins with و keeps it', () => {
    expect(actors('وقال وليد جنبلاط إن الحكومة ستتشكل.').map(([name]) => name)).toContain('وليد جنبلاط')
  })
})
