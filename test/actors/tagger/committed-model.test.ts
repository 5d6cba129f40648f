import {describe, expect, test} from 'vitest'
import {tokenize} from '../../../src/shared/arabic/tokenize.ts'
import {loadTagger} from '../../../scripts/actors/tagger/tagger.ts'

// Sentences written for this test (not from ANERcorp), in the style of the archive's news.
const tagger = loadTagger()

function entitiesOf(text: string): string[] {
  const tokens = tokenize(text).map((token) => token.text)
  return tagger.entities([tokens])[0].map((entity) => `${entity.type} ${tokens.slice(entity.start, entity.end).join(' ')}`)
}

describe('the committed model', () => {
  test.each([
    {
      text: 'قال الرئيس الأمريكي دونالد ترامب في واشنطن إن بلاده ستفرض عقوبات جديدة على إيران.',
      expected: ['PERS دونالد ترامب', 'LOC واشنطن', 'LOC إيران']
    },
    {
      text: 'وصل رئيس الوزراء البريطاني إلى القاهرة أمس الأحد للقاء الرئيس عبد الفتاح السيسي.',
      expected: ['LOC القاهرة', 'PERS عبد الفتاح السيسي']
    },
    {
      text: 'دعت منظمة الصحة العالمية إلى وقف القتال في طرابلس.',
      expected: ['ORG منظمة الصحة العالمية', 'LOC طرابلس']
    },
    {
      text: 'اجتمع مجلس الأمن الدولي في نيويورك لبحث الأزمة الليبية.',
      expected: ['ORG مجلس الأمن الدولي', 'LOC نيويورك']
    }
  ])('$text', ({text, expected}) => {
    expect(entitiesOf(text)).toEqual(expected)
  })

  test('a sentence without names has no entities', () => {
    expect(entitiesOf('ارتفعت أسعار النفط في الأسواق العالمية خلال الأسبوع الماضي بنسبة كبيرة.')).toEqual([])
  })

  test('a name found with a cue is found bare elsewhere in the document', () => {
    const document = [
      'وقال وزير الخارجية الروسي سيرغي لافروف إن الحل سياسي.',
      'وأضاف لافروف أن المفاوضات ستستمر.'
    ].map((text) => tokenize(text).map((token) => token.text))
    const [first, second] = tagger.tagDocument(document)
    expect(first.slice(4, 6)).toEqual(['B-PERS', 'I-PERS'])
    expect(second[1]).toBe('B-PERS')
  })

  test('confidences lie between 0 and 1', () => {
    const tokens = tokenize('قال الرئيس عبد الفتاح السيسي إن مصر مستعدة.').map((token) => token.text)
    for (const entity of tagger.entities([tokens])[0]) {
      expect(entity.confidence).toBeGreaterThan(0)
      expect(entity.confidence).toBeLessThan(1)
    }
  })
})
