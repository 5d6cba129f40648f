import {describe, expect, test} from 'vitest'
import {abbreviationPairs} from '../../scripts/actors/match/abbreviations.ts'
import {findMentions} from '../../scripts/actors/match/find-mentions.ts'
import {tokenizeBlock} from '../../scripts/actors/match/tokenized-block.ts'
import {extract, formsOf, testIndex} from './fixtures.ts'

describe('proclitics: a name keeps its first letter, a proclitic before it is part of the form', () => {
  test.each([
    {text: 'وصل إلى بطرابلس أمس', expected: {tripoli: ['بطرابلس']}},
    {text: 'بين بنغازي وطرابلس', expected: {tripoli: ['وطرابلس']}},
    {text: 'رسالة للولايات المتحدة', expected: {'united-states': ['للولايات المتحدة']}},
    {text: 'قال بومبيو', expected: {'mike-pompeo': ['بومبيو']}},
    {text: 'اتصل ببومبيو ثم لبومبيو', expected: {'mike-pompeo': ['ببومبيو', 'لبومبيو']}},
    {text: 'زار بريطانيا ولبنان', expected: {'united-kingdom': ['بريطانيا'], lebanon: ['ولبنان']}},
    {text: 'فرنسا ولبنان ولبريطانيا', expected: {france: ['فرنسا'], lebanon: ['ولبنان'], 'united-kingdom': ['ولبريطانيا']}}
  ])('$text → $expected', ({text, expected}) => {
    expect(formsOf(text)).toEqual(expected)
  })
})

describe('titles right before a person’s name belong to the mention', () => {
  test.each([
    {text: 'هجوم يشنه اللواء المتقاعد خليفة حفتر', expected: 'اللواء المتقاعد خليفة حفتر'},
    {text: 'قوات المشير حفتر', expected: 'المشير حفتر'},
    {text: 'والرئيس ترامب قال', expected: 'والرئيس ترامب'},
    {text: 'رسالة للرئيس دونالد ترامب', expected: 'للرئيس دونالد ترامب'},
    {text: 'قال الرئيس الأمريكي دونالد ترامب', expected: 'دونالد ترامب'}
  ])('$text → $expected', ({text, expected}) => {
    const forms = Object.values(formsOf(text)).flat()
    expect(forms).toContain(expected)
  })

  test('the title is left out of the name the mention resolves by', () => {
    const block = tokenizeBlock('قال اللواء المتقاعد خليفة حفتر')
    const [mention] = findMentions(block, {index: testIndex})
    expect(mention).toMatchObject({form: 'اللواء المتقاعد خليفة حفتر', name: 'خليفة حفتر', readings: [{prefix: '', key: 'خليفه حفتر'}]})
  })
})

describe('the longest name wins: an organization named after a person is the organization', () => {
  test('قوات حفتر is the LNA, not Haftar', () => {
    expect(formsOf('تقدمت قوات حفتر ثم قوات خليفة حفتر نحو طرابلس')).toEqual({
      lna: ['قوات خليفة حفتر', 'قوات حفتر'],
      tripoli: ['طرابلس']
    })
  })

  test('ميلانيا ترامب is not Donald Trump; ترامب alone is', () => {
    expect(formsOf('وصلت ميلانيا ترامب، وقال ترامب إنها بخير')).toEqual({
      'melania-trump': ['ميلانيا ترامب'],
      'donald-trump': ['ترامب']
    })
  })

  test('spelling variants lead to one actor', () => {
    expect(formsOf('قال دونالد ترمب ثم ترامب ثم ترمب')).toEqual({'donald-trump': ['دونالد ترمب', 'ترامب', 'ترمب']})
    expect(formsOf('أمريكا وأميركا والولايات المتحدة الأمريكية')).toEqual({
      'united-states': ['والولايات المتحدة الأمريكية', 'وأميركا', 'أمريكا']
    })
  })
})

describe('ambiguity: common words that are also names', () => {
  test('an ambiguous alias counts only beside an unambiguous name of the same actor', () => {
    expect(formsOf('قال إن الأسد ملك الغابة')).toEqual({})
    expect(formsOf('التقى بشار الأسد وفدا، وقال الأسد إن')).toEqual({'bashar-al-assad': ['بشار الأسد', 'الأسد']})
    expect(formsOf('وقال هنت إن')).toEqual({})
    expect(formsOf('قال جيريمي هنت، وأضاف هنت')).toEqual({'jeremy-hunt': ['جيريمي هنت', 'هنت']})
  })

  test('an ambiguous alias shared by two actors goes to the one the article names', () => {
    expect(formsOf('ورث بشار الأسد الحكم، والأسد لم يتغير')).toEqual({'bashar-al-assad': ['بشار الأسد', 'والأسد']})
    expect(formsOf('حكم حافظ الأسد، والأسد لم يتغير')).toEqual({'hafez-al-assad': ['حافظ الأسد', 'والأسد']})
    // Both named: `الأسد` alone could be either, so it counts for neither.
    expect(formsOf('حافظ الأسد ثم بشار الأسد، والأسد لم يتغير')).toEqual({
      'hafez-al-assad': ['حافظ الأسد'],
      'bashar-al-assad': ['بشار الأسد']
    })
  })

  test('an ambiguous alias with a preposition is the common word (لصالح is "in favour of")', () => {
    expect(formsOf('اغتيل علي عبد الله صالح، وصوت البرلمان لصالح القرار')).toEqual({
      'ali-abdullah-saleh': ['علي عبد الله صالح']
    })
  })

  test('a name without the article is not read into a word with one (الحماس is enthusiasm)', () => {
    expect(formsOf('استقبلوه بالحماس نفسه')).toEqual({})
    expect(formsOf('قالت حماس ثم لحماس')).toEqual({hamas: ['لحماس', 'حماس']})
  })

  test('a short name does not take ف or ك (فسرت, كسرت are verbs)', () => {
    expect(formsOf('فسرت الصحيفة ذلك، كسرت النافذة')).toEqual({})
    expect(formsOf('وصل بسرت ثم وسرت')).toEqual({sirte: ['بسرت', 'وسرت']})
  })

  test('a word with tanween is not a name (دوماً is "always")', () => {
    expect(formsOf('كان دوماً هناك')).toEqual({})
    expect(formsOf('قصف دوما')).toEqual({douma: ['دوما']})
  })

  test('a word ending in ه is not a name spelt with ة only (جده is "his grandfather")', () => {
    expect(formsOf('زار جده ووجده مريضا')).toEqual({})
    expect(formsOf('وصل إلى جدة وحماه')).toEqual({jeddah: ['جدة'], hama: ['وحماه']})
  })

  test('a phrase that holds a name but is no actor is not a mention', () => {
    expect(formsOf('عاد إلى مسقط رأسه، ونقلت واشنطن بوست')).toEqual({})
    expect(formsOf('وصل إلى مسقط')).toEqual({muscat: ['مسقط']})
  })

  test('hyphenated and multi-word aliases match over their tokens', () => {
    expect(formsOf('التقى كيم جونغ-أون، وقال كيم')).toEqual({'kim-jong-un': ['كيم جونغ-أون', 'كيم']})
  })
})

test('a CNN dateline names where the copy was filed: its places are marked, unless the text names them too', () => {
  const {actors} = extract('واشنطن، الولايات المتحدة الأمريكية (CNN)-- قال بومبيو في روسيا وواشنطن')
  expect(actors.map(({id, forms, dateline}) => ({id, forms, dateline}))).toEqual([
    {id: 'washington', forms: ['وواشنطن', 'واشنطن'], dateline: undefined},
    {id: 'mike-pompeo', forms: ['بومبيو'], dateline: undefined},
    {id: 'russia', forms: ['روسيا'], dateline: undefined},
    {id: 'united-states', forms: ['الولايات المتحدة الأمريكية'], dateline: true}
  ])
})

describe('abbreviationPairs', () => {
  const pairsOf = (text: string) => {
    const block = tokenizeBlock(text)
    const mentions = findMentions(block, {index: testIndex})
    return abbreviationPairs(block, mentions).map(([long, short]) => [long.name, short.name])
  }

  test('a one-word name in quotes or brackets right after another', () => {
    expect(pairsOf('قال مجلس الأمن «حماس» ثم حركة حماس (بريطانيا) إن')).toEqual([
      ['مجلس الأمن', 'حماس'],
      ['حركة حماس', 'بريطانيا']
    ])
  })

  test('not without both marks, nor with a word between', () => {
    expect(pairsOf('قال مجلس الأمن "حماس إن ثم حركة حماس في (بريطانيا)')).toEqual([])
  })
})
