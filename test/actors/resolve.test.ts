import {describe, expect, test} from 'vitest'
import type {NameTagger, TaggedSpan} from '../../scripts/actors/match/find-mentions.ts'
import {defaultActorIndex, isRegistryPlaceWord} from '../../scripts/actors/match/actor-index.ts'
import {withContextNames} from '../../scripts/actors/match/with-context-names.ts'
import {DERIVED_ID_PREFIX, nameToActorId} from '../../scripts/actors/resolve/name-to-actor-id.ts'
import {extract, formsOf} from './fixtures.ts'

/**
 * A stand-in for the statistical tagger, to test resolution on its own:
 * tags each listed phrase (tokens as written, clitics included) wherever
 * it stands in a block.
 */
function phraseTagger(phrases: Record<string, [TaggedSpan['type'], number]>): NameTagger {
  const entries = Object.entries(phrases).map(([phrase, tag]) => [phrase.split(' '), tag] as const)
  return (blocks) =>
    blocks.map((tokens) => {
      const spans: TaggedSpan[] = []
      for (let start = 0; start < tokens.length; start++) {
        for (const [words, [type, confidence]] of entries) {
          if (words.every((word, offset) => tokens[start + offset] === word)) spans.push({start, end: start + words.length, type, confidence})
        }
      }
      return spans
    })
}

describe('registry names in one article resolve to one actor each', () => {
  test('full name, surname, titles and clitics are one person; the organization named after him is another actor', () => {
    const {actors} = extract(
      'دعت الولايات المتحدة إلى وقف هجوم اللواء المتقاعد خليفة حفتر على طرابلس.\n' +
        'وقال بيان إن قوات حفتر تقدمت، وإن حفتر رفض. ورد خليفة حفتر لاحقا.'
    )
    expect(actors).toEqual([
      {id: 'khalifa-haftar', name: 'خليفة حفتر', type: 'person', mentions: 3, forms: ['اللواء المتقاعد خليفة حفتر', 'خليفة حفتر', 'حفتر']},
      {id: 'lna', name: 'الجيش الوطني الليبي', type: 'organization', mentions: 1, forms: ['قوات حفتر']},
      {id: 'tripoli', name: 'طرابلس', type: 'place', mentions: 1, forms: ['طرابلس']},
      {id: 'united-states', name: 'الولايات المتحدة', type: 'place', mentions: 1, forms: ['الولايات المتحدة']}
    ])
  })

  test('actors are sorted by mentions, then id; forms longest first, then by code point', () => {
    const {actors} = extract('فرنسا وروسيا ولبنان. روسيا ولروسيا. فرنسا.')
    expect(actors.map(({id, mentions, forms}) => ({id, mentions, forms}))).toEqual([
      {id: 'russia', mentions: 3, forms: ['ولروسيا', 'وروسيا', 'روسيا']},
      {id: 'france', mentions: 2, forms: ['فرنسا']},
      {id: 'lebanon', mentions: 1, forms: ['ولبنان']}
    ])
  })
})

describe('imported places', () => {
  test('a province whose name is a common word counts only in an article that names it with its division word', () => {
    expect(formsOf('ارتدت القبعة البيضاء.')).toEqual({})
    expect(formsOf('قتل ثلاثة في محافظة البيضاء. وفي البيضاء نزح السكان.')).toEqual({'al-bayda-yemen': ['محافظة البيضاء', 'البيضاء']})
  })

  test('a place rule vouches for a province whose name is a common word, and a listed name after و is read without it', () => {
    const noTagger: NameTagger = (blocks) => blocks.map(() => [])
    const {actors} = extract('جاؤوا من محافظات البيضاء وسنحان والحديدة.', withContextNames(noTagger))
    expect(actors.map(({id, name, forms}) => ({id, name, forms}))).toEqual([
      {id: 'al-bayda-yemen', name: 'البيضاء', forms: ['البيضاء']},
      {id: 'ar-snh1an', name: 'سنحان', forms: ['وسنحان']},
      {id: 'hodeidah', name: 'الحديدة', forms: ['والحديدة']}
    ])
  })

  test('a valley or a mountain named after a registry place is another place, and the registry place is not mentioned', () => {
    const noTagger: NameTagger = (blocks) => blocks.map(() => [])
    const {actors} = extract('نزح السكان إلى جبل لبنان.', withContextNames(noTagger))
    expect(actors.map(({id, name, type, forms}) => ({id, name, type, forms}))).toEqual([
      {id: 'ar-jbl-lbnan', name: 'جبل لبنان', type: 'place', forms: ['جبل لبنان']}
    ])
  })

  test('an ambiguous alias inside a place a rule found is a word of that place, not a mention', () => {
    const noTagger: NameTagger = (blocks) => blocks.map(() => [])
    // `صالح` is an ambiguous alias of Ali Abdullah Saleh (and others).
    const {actors} = extract('في باحة منزلها في بلدة النبي صالح الفلسطينية.', withContextNames(noTagger))
    expect(actors.map(({name, type, forms}) => ({name, type, forms}))).toEqual([{name: 'النبي صالح', type: 'place', forms: ['النبي صالح']}])
  })

  test('a registry place, or an organization the name goes on past, inside a rule’s organization is part of its name; one that ends it is the organization', () => {
    const noTagger: NameTagger = (blocks) => blocks.map(() => [])
    const names = (text: string) => extract(text, withContextNames(noTagger)).actors.map(({name, type}) => `${type}: ${name}`)
    expect(names('قالت جامعة طرابلس إن')).toEqual(['organization: جامعة طرابلس'])
    expect(names('نفى مكتب الجيش الوطني الليبي لحقوق الإنسان')).toEqual(['organization: مكتب الجيش الوطني الليبي لحقوق الإنسان'])
    expect(names('وقالت حركة حماس إن')).toEqual(['organization: حركة حماس'])
    expect(names('وقال مجلس الأمن الدولي إن')).toEqual(['organization: مجلس الأمن'])
    // A government named by its registry place, its proclitic read off.
    const index = defaultActorIndex()
    const isKnownPlace = (word: string) => isRegistryPlaceWord(index, word)
    const government = extract('قالت الجهة المناوئة لحكومة قطر إن', withContextNames(noTagger, {isKnownPlace}))
    expect(government.actors.map(({name, type}) => `${type}: ${name}`)).toEqual(['organization: حكومة قطر'])
  })

  test('a short name in quotes or brackets after an organization is that organization: the registry’s, or the long name’s', () => {
    const names = (text: string, tagger: NameTagger) => extract(text, withContextNames(tagger)).actors.map(({id, type, forms}) => `${type}: ${id} ${forms.join('، ')}`)
    const sana = phraseTagger({'سانا': ['organization', 0.9]})
    expect(names('نقلت وكالة الأنباء السورية "سانا" عن مصدر.', sana)).toEqual(['organization: ar-wkalh-alanbaa2-alswryh وكالة الأنباء السورية، سانا'])
    expect(names('قالت حركة المقاومة الإسلامية (حماس) إن.', phraseTagger({}))).toEqual(['organization: hamas حركة المقاومة الإسلامية، حماس'])
    // Not without the marks, nor a place.
    expect(names('نقلت وكالة الأنباء السورية سانا عن مصدر.', sana)).toEqual(['organization: ar-wkalh-alanbaa2-alswryh وكالة الأنباء السورية'])
    expect(names('قالت حركة المقاومة الإسلامية (طرابلس) إن.', phraseTagger({}))).toHaveLength(2)
  })

  test('two spellings of a nisba make one actor (أميركية, أمريكية)', () => {
    const noTagger: NameTagger = (blocks) => blocks.map(() => [])
    const {actors} = extract('قالت السفارة الأميركية إن. وأضافت السفارة الأمريكية أن.', withContextNames(noTagger))
    expect(actors.map(({name, mentions}) => `${name} ${mentions}`)).toEqual(['السفارة الأمريكية 2'])
  })

  test('a bare body is the one body of the article that its name qualified names; with two it stays apart', () => {
    const bodies = phraseTagger({'وزارة الخارجية': ['organization', 0.9], 'لوزارة الخارجية': ['organization', 0.9]})
    const names = (text: string) => extract(text, withContextNames(bodies)).actors.map(({name, forms}) => `${name}: ${forms.join('، ')}`)
    expect(names('قالت وزارة الخارجية الإيرانية إن الاتفاق قائم. وأضاف بيان لوزارة الخارجية أن طهران لن تنسحب.')).toEqual([
      'وزارة الخارجية الإيرانية: وزارة الخارجية الإيرانية، لوزارة الخارجية'
    ])
    expect(names('قالت وزارة الخارجية الإيرانية إن الاتفاق قائم، وردت وزارة الخارجية الأمريكية بذلك. وأضاف بيان لوزارة الخارجية أن القرار نهائي.')).toEqual([
      'وزارة الخارجية: لوزارة الخارجية',
      'وزارة الخارجية الأمريكية: وزارة الخارجية الأمريكية',
      'وزارة الخارجية الإيرانية: وزارة الخارجية الإيرانية'
    ])
  })

  test('a site whose name would cut a registry name is none; the registry name is mentioned', () => {
    const noTagger: NameTagger = (blocks) => blocks.map(() => [])
    const {actors} = extract('اعتقل في مطار المملكة المتحدة الرئيسي.', withContextNames(noTagger))
    expect(actors.map(({id}) => id)).toEqual(['united-kingdom'])
  })

  test('a site named after a registry place is a place of its own, and the registry place is still mentioned', () => {
    const noTagger: NameTagger = (blocks) => blocks.map(() => [])
    const {actors} = extract('رست السفينة في ميناء الحديدة.', withContextNames(noTagger))
    expect(actors.map(({id, name, type, forms}) => ({id, name, type, forms}))).toEqual([
      {id: 'ar-mynaa2-alh1dydh', name: 'ميناء الحديدة', type: 'place', forms: ['ميناء الحديدة']},
      {id: 'hodeidah', name: 'الحديدة', type: 'place', forms: ['الحديدة']}
    ])
  })
})

describe('names only the tagger finds', () => {
  const gnounou = 'وأعلن المتحدث العقيد محمد قنونو انطلاق العملية. وأكد قنونو في مؤتمر صحفي حرص القوات.'

  test('a surname after the full name is the same person; the title belongs to the mention', () => {
    const tagger = phraseTagger({'محمد قنونو': ['person', 0.97], 'قنونو': ['person', 0.9]})
    expect(extract(gnounou, tagger).actors).toEqual([
      {id: 'ar-mh1md-qnwnw', name: 'محمد قنونو', type: 'person', mentions: 2, forms: ['العقيد محمد قنونو', 'قنونو']}
    ])
  })

  test.each([
    ['another person with the surname', 'قالت إيفانكا ترامب إن', 0.95, {'ar-ayfanka-tramb': ['إيفانكا ترامب']}],
    ['the same first name, spelled otherwise', 'قال دونالدو ترامب إن', 0.95, {'donald-trump': ['ترامب']}],
    ['what is named after the person', 'افتتح برج ترامب', 0.95, {'donald-trump': ['ترامب']}],
    ['a tagger not sure of the longer name', 'قالت إيفانكا ترامب إن', 0.6, {'donald-trump': ['ترامب']}]
  ])('a registry person’s surname at the end of a longer tagged name: %s', (_, text, confidence, expected) => {
    const longer = text.split(' ').slice(1, 3).join(' ')
    expect(formsOf(text, phraseTagger({[longer]: ['person', confidence]}))).toEqual(expected)
  })

  test('a one-word place that is a person’s surname in the article is no place (ولاية: a term of office)', () => {
    const tagger = withContextNames(phraseTagger({'مارتن انديك': ['person', 0.95]}))
    expect(extract('عين الرئيس الأسبق مارتن انديك سفيرا وعاد في ولاية انديك الثانية. وقال مارتن انديك إن', tagger).actors).toEqual([
      {id: 'ar-martn-andyk', name: 'مارتن انديك', type: 'person', mentions: 2, forms: ['مارتن انديك']}
    ])
  })

  test('a name read after لل shows with its article', () => {
    const tagger = phraseTagger({'للهلال النفطي': ['place', 0.95], 'الهلال النفطي': ['place', 0.95]})
    expect(extract('عاد للهلال النفطي.', tagger).actors).toEqual([
      {id: 'ar-alhlal-alnft2y', name: 'الهلال النفطي', type: 'place', mentions: 1, forms: ['للهلال النفطي']}
    ])
  })

  test('a tagged word with tanween is no name; a tagged جده is the place the registry spells جدة', () => {
    const tagger = phraseTagger({'دوماً': ['place', 0.95], 'جده': ['place', 0.95]})
    expect(formsOf('كان دوماً هناك، ووصل إلى جده.', tagger)).toEqual({jeddah: ['جده']})
  })

  test('shorter names go to the longest name they end, never in a chain', () => {
    const tagger = phraseTagger({'نادر عبد الكريم': ['person', 0.95], 'عبد الكريم': ['person', 0.9], 'الكريم': ['person', 0.9], 'نادر': ['person', 0.9]})
    expect(extract('قال نادر عبد الكريم إن. وأضاف عبد الكريم أن. ورد الكريم. وحضر نادر.', tagger).actors).toEqual([
      {id: 'ar-nadr-a1bd-alkrym', name: 'نادر عبد الكريم', type: 'person', mentions: 4, forms: ['نادر عبد الكريم', 'عبد الكريم', 'الكريم', 'نادر']}
    ])
  })

  test('a tagged name that is a registry name under some reading, or the tail of one person’s, is that actor', () => {
    const tagger = phraseTagger({'وبومبيو': ['person', 0.9], 'ترمب': ['person', 0.95], 'جونغ أون': ['person', 0.9]})
    expect(formsOf('اتصل ترمب ثم اتصل وبومبيو، ورد الزعيم جونغ أون', tagger)).toEqual({
      'donald-trump': ['ترمب'],
      'mike-pompeo': ['وبومبيو'],
      'kim-jong-un': ['جونغ أون']
    })
  })

  test('proclitics are stripped when the article supports it, else the word is kept whole', () => {
    const tagger = phraseTagger({'وفيصل': ['person', 0.95], 'فيصل': ['person', 0.95], 'بشار': ['person', 0.95]})
    const {actors} = extract('التقى فيصل وفيصل، ثم بشار، وحضر بشار', tagger)
    expect(actors.map(({id, name, forms}) => ({id, name, forms}))).toEqual([
      // `بشار` is never read as ب + `شار`: no bare `شار` in the article supports it.
      {id: 'ar-bs1ar', name: 'بشار', forms: ['بشار']},
      {id: 'ar-fys2l', name: 'فيصل', forms: ['وفيصل', 'فيصل']}
    ])
  })

  describe('the evidence rule: a page for a verb or a common noun is worse than a missing page', () => {
    const rejected: {why: string; tags: Record<string, [TaggedSpan['type'], number]>; text: string}[] = [
      {why: 'one mention of a one-word name', tags: {'قنونو': ['person', 0.99]}, text: 'حضر قنونو.'},
      {why: 'a function word', tags: {'قال قنونو': ['person', 0.99]}, text: 'قال قنونو. قال قنونو.'},
      {why: 'a common noun of news', tags: {'الحكومة': ['organization', 0.99]}, text: 'الحكومة والحكومة.'},
      {why: 'a site head alone', tags: {'ميناء': ['place', 0.99]}, text: 'رست في ميناء. ثم ميناء آخر.'},
      {why: 'a nisba adjective alone', tags: {'الليبي': ['place', 0.99]}, text: 'الجيش الليبي والشعب الليبي.'},
      {why: 'a low confidence', tags: {'محمد قنونو': ['person', 0.5]}, text: 'قال محمد قنونو.'},
      {why: 'MISC, not an actor type', tags: {'بركان الغضب': ['other', 0.99]}, text: 'عملية بركان الغضب.'},
      {why: 'digits or Latin letters', tags: {'F16': ['organization', 0.99]}, text: 'طائرة F16 وطائرة F16.'}
    ]
    test.each(rejected)('rejects $why', ({tags, text}) => {
      expect(extract(text, phraseTagger(tags)).actors).toEqual([])
    })

    test('accepts a two-word name said once with confidence, and a one-word name said twice', () => {
      const tagger = phraseTagger({'أسامة علي': ['person', 0.9], 'درنة': ['place', 0.85]})
      expect(formsOf('قال أسامة علي إن درنة هادئة. وفي درنة أمن.', tagger)).toEqual({
        [nameToActorId('اسامه علي')!]: ['أسامة علي'],
        [nameToActorId('درنه')!]: ['درنة']
      })
    })

    test('a place the tagger is unsure of, said once, counts right before "in the province of"; a common word of news there does not', () => {
      const tagger = withContextNames(phraseTagger({'الخوخة': ['place', 0.66], 'قانية': ['place', 0.9], 'مصادر': ['place', 0.6]}))
      expect(formsOf('غارات في الخوخة بمحافظة الحديدة.', tagger)).toEqual({[nameToActorId('الخوخه')!]: ['الخوخة'], hodeidah: ['الحديدة']})
      expect(formsOf('غارات في الخوخة شمالا.', tagger)).toEqual({})
      // A name shaped like a nisba adjective needs the tagger sure of it.
      expect(formsOf('المعارك على جبهة قانية بمحافظة البيضاء.', tagger)).toEqual({
        [nameToActorId('قانيه')!]: ['قانية'],
        'al-bayda-yemen': ['بمحافظة البيضاء']
      })
      expect(formsOf('قالت مصادر في مدينة الحديدة.', tagger)).toEqual({hodeidah: ['الحديدة']})
      // Nor a word the rules know is no place's (`سكني`, residential).
      expect(formsOf('اندلع حريق في حي سكني في مدينة الحديدة.', withContextNames(phraseTagger({'سكني': ['place', 0.6]})))).toEqual({hodeidah: ['الحديدة']})
    })

    test('the type is the one with the highest summed confidence', () => {
      const tagger: NameTagger = (blocks) =>
        blocks.map((tokens) =>
          tokens.flatMap((token, start): TaggedSpan[] =>
            token === 'قنونو' ? [{start, end: start + 1, type: start === 0 ? 'organization' : 'person', confidence: start === 0 ? 0.81 : 0.9}] : []
          )
        )
      expect(extract('قنونو يتحدث و قنونو يرد و قنونو', tagger).actors[0]).toMatchObject({type: 'person', mentions: 3})
    })
  })
})

describe('ids of tagged actors', () => {
  test.each([
    {name: 'خليفه حفتر', expected: 'ar-k1lyfh-h1ftr'},
    {name: 'محمد قنونو', expected: 'ar-mh1md-qnwnw'},
    {name: 'اسامه علي', expected: 'ar-asamh-a1ly'},
    {name: 'ضياء', expected: 'ar-d2yaa2'}
  ])('$name → $expected', ({name, expected}) => {
    expect(nameToActorId(name)).toBe(expected)
  })

  test('are URL-safe, start with the reserved prefix, and never collide', () => {
    // Every pair of letters that share a Latin letter, and word boundaries.
    const names = ['تث', 'ت ث', 'تث ', 'ثت', 'طت', 'ظز', 'ضد', 'ذد', 'صس', 'شس', 'عا', 'ءا', 'حه', 'خك', 'ا ا', 'اا']
    const ids = names.map(nameToActorId)
    expect(ids.slice(0, 2).concat(ids.slice(3)).every((id) => id && /^ar-[a-z0-9-]+$/.test(id) && id.startsWith(DERIVED_ID_PREFIX))).toBe(true)
    const valid = ids.filter(Boolean)
    expect(new Set(valid).size).toBe(valid.length)
  })

  test('a name with anything but Arabic letters and single spaces gets none', () => {
    expect(nameToActorId('F16')).toBeUndefined()
    expect(nameToActorId('ترامب  جونيور')).toBeUndefined()
    expect(nameToActorId('تث ')).toBeUndefined()
  })
})
