import {describe, expect, test} from 'vitest'
import {findContextNames} from '../../scripts/actors/match/context-names.ts'
import {withContextNames} from '../../scripts/actors/match/with-context-names.ts'
import type {TaggedSpan} from '../../scripts/actors/match/find-mentions.ts'
import {normalizeArabic} from '../../src/shared/arabic/normalize.ts'
import {tokenize} from '../../src/shared/arabic/tokenize.ts'

/** The places the registry knows, for `found`. */
const KNOWN_PLACES = new Set(['إيران', 'الحديدة'].map((place) => normalizeArabic(place)))

/** The names the rules find in a sentence, as `type: words`, with `KNOWN_PLACES`. */
function found(sentence: string): string[] {
  const tokens = tokenize(sentence).map((token) => token.text)
  return findContextNames(tokens, {isKnownPlace: (word) => KNOWN_PLACES.has(word)}).map(({start, end, type}) => `${type}: ${tokens.slice(start, end).join(' ')}`)
}

describe('findContextNames', () => {
  test.each([
    // Places after a trigger (the trigger is not part of the name), or with a head that is.
    ['وتقدمت القوات في محافظة عمران شمالي البلاد', ['place: عمران']],
    ['سيطرت على منطقة حرف سفيان', ['place: حرف سفيان']],
    ['قال حاكم ولاية بلاتو سايمون لالونغ', ['place: بلاتو']],
    ['في مخيم عين الحلوة جنوب لبنان', ['place: عين الحلوة']],
    ['معارك في وادي زبيد وجبل السنارة', ['place: وادي زبيد', 'place: وجبل السنارة']],
    ['وصل إلى مدينة سانت بطرسبرغ', ['place: سانت بطرسبرغ']],
    // Sites named after a place, with their adjective; a head inside the name.
    ['وصلت إلى ميناء الحديدة ومطار صنعاء الدولي', ['place: ميناء الحديدة', 'place: ومطار صنعاء الدولي']],
    ['رست في ميناء جزيرة سقطرى', ['place: ميناء جزيرة سقطرى']],
    ['اقتحموا قرية النبي صالح', ['place: النبي صالح']],
    ['أغلق معبر كرم أبو سالم', ['place: معبر كرم أبو سالم']],
    ['وصلت إلى منطقة ميناء الحديدة', ['place: ميناء الحديدة']],
    // A trigger after و begins another place: `مطار ومدينة` is no name.
    ['سيطروا على مطار ومدينة الحديدة', ['place: الحديدة']],
    // Persons after an introducer, and a spokesperson's name after the body.
    ['مقتل قائد ميداني حوثي يدعى أحمد حسين معياد في المعارك', ['person: أحمد حسين معياد']],
    ['أن المنفذ يدعى صالح خاطر وهو بريطاني', ['person: صالح خاطر']],
    ['وقال ديفيد دي ليون المتحدث باسم المنسقية الوطنية لإدارة الكوارث، إن', []],
    // The body a spokesperson speaks for is an organization; a complement after و closes a name unless it begins another.
    ['وأكد المتحدث باسم جهاز الإسعاف والطوارئ أسامة علي أن فرقهم لم تتمكن', ['organization: جهاز الإسعاف والطوارئ', 'person: أسامة علي']],
    ['قالت وزارة الصحة والسكان في بيان', ['organization: وزارة الصحة والسكان']],
    ['دعا مجلس النواب والحكومة إلى', ['organization: مجلس النواب']],
    ['طالبت جامعة الدول العربية والأمم المتحدة', ['organization: جامعة الدول العربية']],
    ['نفت المتحدثة باسم الحكومة الأردنية جمانة غنيمات الأنباء', ['organization: الحكومة الأردنية', 'person: جمانة غنيمات']],
    ['وقال المتحدث باسم الحكومة الأردنية إن', ['organization: الحكومة الأردنية']],
    ['أكد المتحدث باسم حركة طالبان، ذبيح الله مجاهد، أن', ['organization: حركة طالبان', 'person: ذبيح الله مجاهد']],
    ['قال المتحدث باسم الجيش الليبي، أحمد المسماري، إن', ['organization: الجيش الليبي', 'person: أحمد المسماري']],
    ['وقال المتحدث باسم المركز الروسي لمصالحة الأطراف إيغور كوناشينكوف إن', ['organization: المركز الروسي لمصالحة الأطراف', 'person: إيغور كوناشينكوف']],
    // Organizations: a head and its definite complements, a head and a proper name, a body and its nisba.
    ['أعلنت وزارة الداخلية العراقية أن', ['organization: وزارة الداخلية العراقية']],
    ['قالت المفوضية العليا للانتخابات إن', ['organization: المفوضية العليا للانتخابات']],
    ['قالت مفوضية الانتخابات إن', ['organization: مفوضية الانتخابات']],
    ['وقالت حركة النهضة في بيان', ['organization: حركة النهضة']],
    ['وقال حزب العمال المعارض إن', ['organization: حزب العمال']],
    ['نقلت وكالة الأنباء السورية عن مصدر', ['organization: وكالة الأنباء السورية']],
    ['أعلنت الحكومة البريطانية أمس', ['organization: الحكومة البريطانية']],
    ['وحمّل النظام الإيراني المسؤولية', ['organization: النظام الإيراني']],
    ['وأعلنت القوات المسلحة الإيرانية', ['organization: القوات المسلحة الإيرانية']],
    ['وقالت القوات الجوية الإيرانية', ['organization: القوات الجوية الإيرانية']],
    ['وشن سلاح الجو العراقي غارات', ['organization: سلاح الجو العراقي']],
    ['ووزارة الصحة بحكومة الوفاق', ['organization: ووزارة الصحة']],
    ['وزعت اللجنة العليا للإغاثة التابعة للحكومة', ['organization: اللجنة العليا للإغاثة']],
    ['انتشرت قوات حفظ السلام الدولية', ['organization: قوات حفظ السلام']],
    ['أعلنت شركة طيران الإمارات أمس', ['organization: شركة طيران الإمارات']],
    // A front is named after its place; with a definite complement it is a group.
    ['تدور المعارك على جبهة نهم شرق صنعاء', ['place: نهم']],
    ['وقالت جبهة النصرة', ['organization: جبهة النصرة']],
    ['تقدمت القوات في جبهة الساحل الغربي', ['place: الساحل الغربي']],
    ['أعربت السفارة السعودية في واشنطن', ['organization: السفارة السعودية']],
    // A direction after a body's nisba; a weekday ends a name; a compound head (`بلاد`) takes the next word.
    ['وقالت الحكومة الكورية الشمالية', ['organization: الحكومة الكورية الشمالية']],
    ['أصدرت وزارة الدفاع المالية الثلاثاء بيانا', ['organization: وزارة الدفاع المالية']],
    ['هجرت أسرا من قرية بلاد الوافي', ['place: بلاد الوافي']],
    ['استهدفت منزلا في قرية آل الصقور قرب منطقة البحر الميت', ['place: آل الصقور', 'place: البحر الميت']],
    // Heads that name a body only with a purpose after them.
    ['قال مركز المعلومات والتأهيل لحقوق الإنسان', ['organization: مركز المعلومات والتأهيل لحقوق الإنسان']],
    ['أفاد مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية', ['organization: مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية']],
    ['انتشرت قوة الأمم المتحدة لمراقبة فض الاشتباك', ['organization: قوة الأمم المتحدة لمراقبة فض الاشتباك']],
    ['قضت المحكمة الأوروبية لحقوق الإنسان بأن', ['organization: المحكمة الأوروبية لحقوق الإنسان']],
    // A pair of complements takes the country's nisba after it.
    ['وقالت وزارة الخارجية والمغتربين الإيرانية في بيان', ['organization: وزارة الخارجية والمغتربين الإيرانية']],
    // Political blocs are bodies; a name in quotes after a head is the name.
    ['القوة التي يجري التفاوض معها هي ائتلاف النصر وتحالف الفتح وتيار الحكمة', ['organization: ائتلاف النصر', 'organization: وتحالف الفتح', 'organization: وتيار الحكمة']],
    ['وقع ممثلو كتلة "سائرون" الاتفاق', ['organization: سائرون']],
    ['يعملان لصالح قناة "إن دي إر" الألمانية', ['organization: إن دي إر']],
    ['قال المتحدث باسم الرئاسة الإيرانية إن', ['organization: الرئاسة الإيرانية']],
    ['بحسب معهد الدراسات الاستراتيجية', ['organization: معهد الدراسات الاستراتيجية']],
    // A government named by its registry place.
    ['وأكدت حكومة إيران في بيان', ['organization: حكومة إيران']],
    // A body's name ends in the place it serves, after some heads; an allegiance ends a name.
    ['وقالت هيئة الطيران المدني في إيران إن', ['organization: هيئة الطيران المدني في إيران']],
    ['أعلنت المفوضية العليا للانتخابات في إيران النتائج', ['organization: المفوضية العليا للانتخابات في إيران']],
    ['اجتمع مجلس الوزراء في إيران', ['organization: مجلس الوزراء']],
    ['أعلن المركز الروسي لمصالحة الأطراف المتنازعة في إيران', ['organization: المركز الروسي لمصالحة الأطراف المتنازعة في إيران']],
    ['قال حزب الشعوب الديمقراطي المؤيد للأكراد إن', ['organization: حزب الشعوب الديمقراطي']],
    // A noun of function between a head and its complement; forces and police with a country's nisba.
    ['قالت هيئة مكافحة الفساد إن', ['organization: هيئة مكافحة الفساد']],
    ['أحالته نيابة أمن الدولة العليا إلى', ['organization: نيابة أمن الدولة العليا']],
    ['وقالت شرطة مكافحة الإرهاب إن', ['organization: شرطة مكافحة الإرهاب']],
    ['أفاد مكتب تنسيق الشؤون الإنسانية', ['organization: مكتب تنسيق الشؤون الإنسانية']],
    ['ألقت قوات الأمن الإيرانية القبض على', ['organization: قوات الأمن الإيرانية']],
    ['أنهت لجنة ترسيم الحدود المنبثقة عن الاتفاق', ['organization: لجنة ترسيم الحدود']],
    // A party named by its doctrine; a bank's name; the police of a registry place.
    ['حصل الحزب الشيوعي الروسي على', ['organization: الحزب الشيوعي الروسي']],
    ['قال بنك السودان المركزي إن', ['organization: بنك السودان المركزي']],
    ['أعلنت شرطة إيران أنها', ['organization: شرطة إيران']],
    // A national team by its country's nisba or name; `المنتخب الوطني` is any country's.
    ['فاز المنتخب الإيراني على', ['organization: المنتخب الإيراني']],
    // A place's name in quotes after its trigger, when it fills them.
    ['وصلوا إلى بلدة "ماسيرتا" فجرا', ['place: ماسيرتا']],
    ['تأهل منتخب إيران إلى النهائي', ['organization: منتخب إيران']],
    // An indefinite spokesperson's name only after a comma.
    ['وقال متحدث باسم الحكومة الأردنية، محمد المومني، إن', ['organization: الحكومة الأردنية', 'person: محمد المومني']]
  ])('%s → %j', (sentence, expected) => {
    expect(found(sentence)).toEqual(expected)
  })

  test.each([
    ['a word that only contains a head', 'على تهيئة الظروف المناسبة لعقد مؤتمر'],
    ['a body in a role’s title', 'قال وزير الخارجية الإيراني'],
    ['a system that is no body', 'وفق النظام الانتخابي الجديد'],
    ['a trade after a head, with no name after it', 'وأعلنت شركة طيران أنها'],
    ['a border crossing', 'عبروا من معبر حدودي مع تركيا'],
    ['a battlefield', 'وصلوا إلى ساحة المعركة'],
    ['a kind of zone', 'الانسحاب من منطقة العزل في منطقة عمليات القوة'],
    ['a verb after a trigger', 'في ولاية تسيطر عليها طالبان'],
    ['a common noun after a trigger', 'أقاموا في منطقة الحدود قرب مدينة آمنة'],
    ['a head with a generic complement only', 'نقلت وكالة الأنباء الرسمية عن جهاز الأمن'],
    ['what she claims, read like "she is called"', 'التسجيلات التي تدعي أنها حصلت عليها'],
    ['a body with a generic adjective', 'تقدمت القوات الموالية للحكومة'],
    ['a head before a verb', 'لجنة أصدرت تقريرها'],
    ['a trigger before an adjective', 'منطقة منكوبة وأخرى في مرتفعات جبلية'],
    ['a trigger with the article (a name of its own)', 'في المدينة المنورة'],
    ['a definite head without a لل complement', 'قالت الوزارة الجديدة'],
    ['a site head before an adjective', 'يعد ميناء رئيسيا لوصول المساعدات'],
    ['a trigger before a site head alone', 'أكبر مدينة ميناء في البلاد'],
    ['a site head before an indefinite adjective', 'انتزاع ميناء عسكري وبناء مطار دولي'],
    ['بحر before a time word', 'في بحر الأسبوع المقبل'],
    ['على after a trigger (normalized, it reads as the name علي)', 'تقع المنطقة على الحدود وتسيطر قوات على منطقة على الطريق'],
    ['a common noun after a trigger', 'سدد الكرة من داخل منطقة الجزاء دفاعا عن ولاية الفقيه'],
    ['an adjective or a direction after a trigger', 'في منطقة خاضعة لسيطرة الفصائل قرب حي سكني في منطقة شمال سوريا ومنطقة اليورو ومنطقة خفض التصعيد'],
    ['وسط after a trigger', 'في منطقة وسط المدينة'],
    ['an adjective after a front', 'فتح جبهة جديدة في الشمال'],
    ['a head that names a body only with a purpose, without one', 'في مركز المدينة قرب مكتب الرئيس'],
    ['a confrontation after a head', 'تفر من ساحة المواجهة'],
    ['a site with a country’s nisba', 'في ميناء إيراني'],
    ['a verbal noun joined to a list of places', 'لوقف القتال في كافة مناطق إيران وإتاحة الفرصة للمدنيين'],
    ['a quote, not a name, after a head', 'وقالت الحركة في بيان إن "ما جرى اليوم هو توقيع اتفاق على المبادئ"'],
    ['a definite head before a common noun with ل', 'وقالت الوزارة لوسائل الإعلام'],
    ['a bloc with an indefinite adjective', 'احتمال تشكيل تحالف كبير داخل البرلمان'],
    ['a kind of zone (a ban)', 'كان تحديد منطقة حظر الطيران الآمنة حافزا'],
    ['a presidency’s term, no body', 'تتولى الرئاسة الدورية للمجلس'],
    ['a national team of no country, a team of no known place', 'خسر المنتخب الوطني أمام منتخب الشباب'],
    ['a kind of zone in quotes after a trigger', 'أقيمت منطقة "خفض تصعيد" ومنطقة "مدنية وآهلة بالسكان"'],
    ['a preposition after a trigger', 'أمر سهل بالنسبة لأمريكا'],
    ['a government of no known place', 'قالت حكومة الاحتلال وحكومة تصريف الأعمال'],
    ['a description in quotes', 'للانضمام إلى منظمة "إرهابية" في الخارج'],
    ['"to claim", read like "is called"', 'ليدعي عدم وقوع أي هجوم'],
    ['a spokesperson with no name', 'نفى متحدث باسم الحكومة اتهامات مماثلة وردت'],
    ['his name, which introduces none', 'نقلت عن مصدر لم تكشف عن اسمه قوله إن، وطرح اسمه لنيل جائزة نوبل'],
    ['a person’s coalition', 'فقد ائتلاف المستشارة الألمانية أغلبيته'],
    ['a front named after a registry place (its place, not a group)', 'تقدمت القوات على جبهة الحديدة'],
    ['militias of a registry place', 'هاجمت ميليشيات إيران المدينة'],
    ['a party by its state or rank, a court’s bench', 'قال الحزب الحاكم إن الحزب الرئيسي وهيئة المحكمة'],
    ['a state of a zone, an arena', 'في منطقة مهجورة على ساحة الدبلوماسية'],
    ['adjectives and common nouns after a trigger', 'في منطقة متنازع عليها وفي شارع مزدحم قرب منطقة غابات'],
    ['forces or police without a country', 'انتشرت قوات الأمن الخاصة وقوات الشرعية وشرطة المدينة وشرطة مكافحة الشغب'],
    ['the verb أدى, which normalizes as the valley وادي', 'وأدى الهجوم لمقتل عدد من الأشخاص'],
    ['a camp for refugees', 'في مخيم للاجئين في اليونان']
  ])('no name: %s', (_, sentence) => {
    expect(found(sentence)).toEqual([])
  })
})

describe('findContextNames: lists of places after a plural trigger', () => {
  /** The places a registry knows, as normalized words with or without و. */
  const known = new Set(['درعا', 'ذمار', 'وذمار', 'حلب'])
  const listed = (sentence: string) => {
    const tokens = tokenize(sentence).map((token) => token.text)
    return findContextNames(tokens, {isKnownPlace: (word) => known.has(word)}).map(
      ({start, end, afterConjunction}) => `${afterConjunction ? 'و+' : ''}${tokens.slice(start, end).join(' ')}`
    )
  }

  test.each([
    ['من محافظات عمران وذمار وحجة', ['عمران', 'و+وذمار', 'و+وحجة']],
    ['قرى طربا والكسيب والغيضة', ['طربا', 'و+والكسيب', 'و+والغيضة']],
    ['بين ولايتي لويزيانا ومسيسبي', ['لويزيانا', 'و+ومسيسبي']],
    // After مناطق, with a known place; two-word names, a direction adjective kept.
    ['يشمل مناطق درعا البلد وطريق السد والمخيم وسجنة', ['درعا البلد', 'و+وطريق السد', 'و+والمخيم', 'و+وسجنة']],
    ['ولايات كارولاينا الشمالية وفرجينيا', ['كارولاينا الشمالية', 'و+وفرجينيا']],
    // A second trigger, a compound head; the list ends at a pronoun, an adjective or على.
    ['مدن وبلدات دوما وحرستا وعين ترما', ['دوما', 'و+وحرستا', 'و+وعين ترما']],
    ['مدن حلب وحماة وطرطوس وغيرها', ['حلب', 'و+وحماة', 'و+وطرطوس']],
    ['مدن البصرة وكركوك وضواحي بغداد', ['البصرة', 'و+وكركوك']],
    ['مديريات شدا وباقم ورازح الحدودية', ['شدا', 'و+وباقم', 'و+ورازح']],
    ['بلدتي نبل والزهراء المواليتين', ['نبل', 'و+والزهراء']]
  ])('%s → %j', (sentence, expected) => {
    expect(listed(sentence)).toEqual(expected)
  })

  test.each([
    ['مناطق without a known place', 'في مناطق سيطرتهم ونفوذهم'],
    ['أحياء without a known place', 'أحياء المدينة ودمجهم'],
    ['one name', 'مدن إدلب وبلداتها'],
    ['على after و', 'محافظات الوسط وعلى رأسها'],
    ['words of where', 'في محافظات الوسط والجنوب'],
    ['وسط, not و + سط', 'في مناطق الغوطة ووسط البلاد'],
    ['words of where and parts', 'محافظتي ديالى وأجزاء من صلاح الدين']
  ])('no list: %s', (_, sentence) => {
    expect(listed(sentence)).toEqual([])
  })
})

describe('withContextNames', () => {
  const tokens = tokenize('قاتل فصيل خالد بن الوليد في محافظة درعا').map((token) => token.text)
  // What a tagger trained on 2007 newswire says: a person, and درعا as a person too.
  const tagger = () => [[{start: 2, end: 5, type: 'person', confidence: 0.9}, {start: 7, end: 8, type: 'person', confidence: 0.6}] satisfies TaggedSpan[]]

  test('a tagged name after فصيل is an organization; a rule’s span replaces the tagger’s it overlaps', () => {
    expect(withContextNames(tagger)([tokens])).toEqual([
      [
        {start: 2, end: 5, type: 'organization', confidence: 0.9},
        {start: 7, end: 8, type: 'place', confidence: 1, rule: 'place-trigger'}
      ]
    ])
  })
  test('a person the tagger finds after جيش is the unit named after them, head included', () => {
    const words = tokenize('سيطر مسلحو جيش خالد بن الوليد على حيط').map((token) => token.text)
    const person = () => [[{start: 3, end: 6, type: 'person' as const, confidence: 0.9}]]
    expect(withContextNames(person)([words])).toEqual([[{start: 2, end: 6, type: 'organization', confidence: 0.9, rule: 'organization-head'}]])
  })

  test('a tagged place joined by و to a registry place gets a cue, on either side; a common word, a word with a pronoun or a registry place after a letter does not', () => {
    const known = new Set(['الاهواز', 'طهران'])
    const isKnownPlace = (word: string) => known.has(word.replace(/^و/, ''))
    const words = tokenize('خرجوا في دزفول والأهواز وبين طهران وكازرون وفي طهران والمنطقة وطهران وجنوبه كطهران والأهواز').map((token) => token.text)
    const places = () => [[2, 6, 9, 11, 12].map((start) => ({start, end: start + 1, type: 'place' as const, confidence: 0.5}))]
    expect(withContextNames(places, {isKnownPlace})([words])).toEqual([
      [
        {start: 2, end: 3, type: 'place', confidence: 0.5, cue: 'beside-place'},
        {start: 6, end: 7, type: 'place', confidence: 0.5, cue: 'beside-place', afterConjunction: true},
        {start: 9, end: 10, type: 'place', confidence: 0.5},
        {start: 11, end: 12, type: 'place', confidence: 0.5},
        {start: 12, end: 13, type: 'place', confidence: 0.5}
      ]
    ])
  })
  test('a site whose head often heads a common noun is named only when the tagger or the registry sees a name after it, as long as the tagger’s name short of its adjectives', () => {
    const words = tokenize('نقل إلى مستشفى عفرين ثم قاعدة حميميم الجوية بعد ملعب كرة ومستشفى ميداني ومستشفى بباريس').map((token) => token.text)
    const known = ['عفرين', 'باريس']
    const isKnownPlace = (word: string) => known.includes(word) || known.includes(word.slice(1))
    // The tagger's names: حميميم الجوية, and باريس.
    const tagger = () => [[{start: 6, end: 8, type: 'place' as const, confidence: 0.7}, {start: 14, end: 15, type: 'place' as const, confidence: 0.9}]]
    expect(withContextNames(tagger, {isKnownPlace})([words])).toEqual([
      [
        {start: 2, end: 4, type: 'place', confidence: 1, rule: 'site'},
        {start: 5, end: 7, type: 'place', confidence: 1, rule: 'site'},
        {start: 14, end: 15, type: 'place', confidence: 0.9}
      ]
    ])
  })
  test('a tagged name of two words or more after a role gets a cue; one starting with a definite word does not', () => {
    const words = tokenize('قالت النائبة الديمقراطية فريدريكا ويلسون إن وزير الدفاع جيمس ماتيس وصل والرئيس المؤسس عبدالعزيز رحل').map((token) => token.text)
    const people = () => [[3, 8, 12].map((start) => ({start, end: start + 2, type: 'person' as const, confidence: 0.6}))]
    expect(withContextNames(people)([words])).toEqual([
      [
        {start: 3, end: 5, type: 'person', confidence: 0.6, cue: 'after-role'},
        {start: 8, end: 10, type: 'person', confidence: 0.6, cue: 'after-role'},
        {start: 12, end: 14, type: 'person', confidence: 0.6}
      ]
    ])
  })
})
