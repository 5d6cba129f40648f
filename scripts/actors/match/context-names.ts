import {nisbaBases} from '../../../src/shared/arabic/nisba.ts'
import {normalizeArabic} from '../../../src/shared/arabic/normalize.ts'
import type {ActorType} from '../../../src/shared/schemas/actor.ts'
import {NOT_NAMES} from '../resolve/not-names.ts'

/**
 * Names that their context identifies, whatever the tagger says: the words
 * after `محافظة`, `ولاية` or `مخيم` are a place, after `يدعى` a person,
 * `وزارة الداخلية العراقية` and `الحكومة البريطانية` are organizations.
 * Each rule is one small function over a block's normalized tokens; their
 * spans carry `rule`, which the evidence rule takes in place of a second
 * mention and the tagger's confidence (see `judgeTaggedName`).
 *
 * Reasoning: on the archive's gold set most missed actors were named once,
 * right after such a word, in phrases the 2007 newswire the tagger learned
 * from rarely has (Yemeni districts, ministries with their country).
 */

/** Normalized words; `W` normalizes a list given as text. */
const W = (text: string) => new Set(text.trim().split(/\s+/).map((word) => normalizeArabic(word)))

/** Before a place's name, not part of it (`محافظة عمران` → `عمران`). Construct state only: `المدينة المنورة` is a name. */
export const PLACE_BEFORE = W('محافظة ولاية مديرية مدينة بلدة قرية حي مخيم منطقة إقليم مقاطعة ناحية قضاء')
/** Plural and dual triggers before a list of places joined by و (`محافظات عمران وذمار وحجة`, `مديريتي التحيتا والدريهمي`). */
const PLACES_BEFORE = W(
  'محافظات مديريات ولايات مقاطعات مدن بلدات قرى محافظتي محافظتا مديريتي مديريتا ولايتي ولايتا مدينتي مدينتا بلدتي بلدتا قريتي قريتا'
)
/**
 * Plural triggers that as often head common nouns (`مناطق سيطرتهم`, `أحياء المدينة`,
 * `مخيمات النازحين والأسواق`): their list must hold a known place.
 */
const GENERIC_PLACES_BEFORE = W('مناطق أحياء مخيمات')
/** Adjectives of direction that belong to a place's name (`الغوطة الشرقية`, `كارولينا الشمالية`). */
const DIRECTION_ADJECTIVES = W('الشرقية الغربية الشمالية الجنوبية الشرقي الغربي الشمالي الجنوبي')
/** A front of a war, named after its place (`جبهة قانية`, `جبهة نهم`); with a definite complement it is a group (`جبهة النصرة`). */
const FRONT = W('جبهة')
const COAST = normalizeArabic('الساحل')
/** Part of the place's name (`وادي زبيد`, `جبل السنارة`, `جزيرة سقطرى`). */
const PLACE_HEADS = W('وادي جبل جبال نهر جزيرة جزر شارع ميدان ساحة سهل هضبة مرتفعات صحراء بحيرة مضيق بحر')
/** Heads that make a place the one named after them holds (`جزيرة سقطرى` is Socotra); the others name another (`وادي زبيد`). */
const SAME_PLACE_HEADS = W('جزيرة جزر')
/** A site named after the place it serves (`ميناء الحديدة`, `معبر رفح`): another place than that one. */
const SITE_HEADS = W('مطار ميناء معبر سد كنيسة')
/**
 * Heads of sites that as often come before a common noun (`ملعب كرة`,
 * `قاعدة بيانات`, `مستشفى ميداني`, `فندق فخم`): their site is named only
 * when its name is also a name to the tagger or a registry place
 * (`مستشفى الشفاء`, `قاعدة حميميم`, `ملعب لوجنيكي`).
 */
const COMMON_SITE_HEADS = W('مستشفى فندق ملعب قاعدة مدرسة مسجد جامع')
/** Adjectives a site's name may end with (`مطار صنعاء الدولي`, `معبر نصيب الحدودي`). */
const SITE_ADJECTIVES = W('الدولي العسكري الحدودي البري الجوي البحري')
/** First words of compound place names: the next word belongs to the name (`حرف سفيان`, `عين الحلوة`, `سانت بطرسبرغ`). */
const COMPOUND_HEADS = W(
  'بلاد عين بني آل بيت دير كفر تل رأس جسر خان أبو أم الشيخ النبي الهلال كرم سيدي بئر برج باب ذي ذو حرف مرج سوق قصر عرب دار البحر سانت سان نيو نورث ساوث لوس لاس بورت فورت'
)
/** Adjectives that follow a place trigger without naming a place (`منطقة منكوبة`, `مدينة ثالثة`). */
const NOT_PLACE_NAMES = W(
  'ثانية ثالثة أخرى أخرى جديدة كبيرة صغيرة واحدة قريبة بعيدة منكوبة محاصرة حدودية ساحلية نائية مجاورة رئيسي رئيسيا رئيسية الأسبوع الشهر الأيام السنة ساعات أيام ' +
    // what follows a front but names no place (`جبهة موحدة`, `جبهة قتال`, `جبهة تحرير سوريا`), `منطقة منزوعة السلاح`, `منطقة حظر الطيران`
    'موحدة قوية معارضة مشتركة قتال تحرير منزوعة حظر بالنسبة بالقرب بالكامل ' +
    // `منطقة الجزاء` (the penalty area), `ولاية الفقيه` (a doctrine), `منطقة اليورو`, `منطقة خفض التصعيد`,
    // `منطقة خاضعة لسيطرة`, `حي سكني`, and directions (`منطقة شمال سوريا`: the place is the next name)
    'الجزاء الفقيه الانتخابات اليورو خفض خاضعة خاضع سكني شرق غرب شمال جنوب شرقي غربي شمالي جنوبي وسط ' +
    // indefinite adjectives of sites (`ميناء عسكري`, `مطارا دوليا`)
    'عسكري عسكريا دولي دوليا جوي جويا بحري بحريا تجاري تجاريا مدني مدنيا حدودي حدوديا ' +
    // a battlefield or a kind of zone is no place's name (`ساحة المعركة`, `منطقة العزل`, `منطقة عمليات`)
    'المعركة معركة المعارك المواجهة المواجهات القتال الحرب حرب الإرهابيين عمليات العمليات العزل عازلة الفاصلة اقتصاديات النفوذ الصراع النزاع الاشتباك الاشتباكات التماس ' +
    // common nouns and adverbs the corpus showed after a trigger (`منطقة الحدود`, `مدينة خارج`, `منطقة آمنة`)
    'الأمن أمن اللاجئين الاجئين النازحين المهاجرين الحدود الهدنة كيلو الكيلو خامسة تجارة الدفاع عطلة إجازة العرش ذات حوض العودة ' +
    'الحالي الصيد كأس الفرع الشعلة العمارة آمنة قرب الانتظار الأسرة الدول المراسم السوق الرجل المنتجات تحت خارج فيها ' +
    'بلاده عدد معلومات مؤتمر مفتوحة محظورة مجهولة ليلتهم الشرق إتاحة مصالحة ' +
    // states of a place, not names (`منطقة مهجورة`), and an arena of politics (`ساحة الدبلوماسية`)
    'مهجورة معزولة مأهولة مكتظة خالية الدبلوماسية السياسة ' +
    // adjectives, verbs and common nouns the corpus showed after a trigger (`منطقة متنازع عليها`, `شارع مزدحم`, `مدينة يريدونها`)
    'ضخمة متنازع مغلقة مزدحم هادئ الأصلي شبه غابات مزارع أبواب العطلات إجازاتهم الليل ليلة وقت البحث تعرف يريدونها تحمل وقف واقعة المشاة الحراك نفوذ'
)
/**
 * Introduce a person's name (`قائد ميداني يدعى أحمد حسين معياد`). Not
 * `اسمه` (his name), which far more often names nothing (`طرح اسمه لنيل
 * جائزة`, `لم تكشف عن اسمه`): the names after it the tagger finds.
 */
const PERSON_BEFORE = W('يدعى يُدعى تدعى المدعو المدعوة')
/** A spokesperson's role, then the body, then the name (`المتحدث باسم جهاز الإسعاف والطوارئ أسامة علي`). */
const SPOKESPERSON = W('المتحدث المتحدثة الناطق الناطقة متحدث متحدثة')
/** Heads of organizations' names, in construct state, before a definite complement (`وزارة الداخلية`, `المفوضية العليا للانتخابات`). */
const ORGANIZATION_HEADS = W('وزارة وكالة هيئة مجلس حزب حركة جماعة جامعة منظمة محكمة مفوضية جبهة لجنة اتحاد مؤسسة كتائب ألوية جهاز سلاح مركز مكتب قوة تيار ائتلاف تحالف كتلة معهد نيابة شرطة قوات بنك')
/**
 * Heads that name a body only with a purpose after them (`مركز الملك سلمان للإغاثة`,
 * `مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية`); alone they are places or things
 * (`مركز المدينة`, `مكتب الرئيس`, `قوة الدفع`).
 */
const HEADS_WITH_PURPOSE = W('مركز مكتب قوة')
/**
 * Nouns of a body's function that stand between its head and a definite
 * complement (`هيئة مكافحة الفساد`, `نيابة أمن الدولة`, `وزارة شؤون
 * البيشمركة`, `مكتب تنسيق الشؤون الإنسانية`): the name goes on through them.
 */
const FUNCTION_NOUNS = W('مكافحة أمن شؤون حقوق حماية رعاية تنمية إغاثة مراقبة تفتيش ترسيم تنسيق تنظيم')
/**
 * Heads that name a body through a noun of function (`شرطة مكافحة
 * الإرهاب`, `قوات حماية الشعب`), or one of `FORCES_COMPLEMENTS` and a country's
 * nisba (`قوات الأمن المصرية`, `شرطة العاصمة البريطانية`), and nothing else:
 * not `قوات الأمن الخاصة`, `شرطة المدينة`, nor `قوات الشرعية`, which the
 * registry knows by its names.
 */
const FORCES = W('قوات شرطة')
const FORCES_COMPLEMENTS = W('الأمن العاصمة')
const POLICE = normalizeArabic('شرطة')
/** Purposes joined by ل to a body's name (`لحقوق الإنسان`, `لمراقبة فض الاشتباك`): the rest of its name. */
const PURPOSES = W('لحقوق لشؤون لمراقبة لتنسيق لمكافحة لحماية لإغاثة لدراسات لأبحاث لمصالحة لإدارة لتنظيم لرعاية لتنمية')
/**
 * Heads that a proper name without article may follow (`حزب العمال` and `حركة حماس`,
 * `شركة أرامكو`, `قوات حفتر`); with others an indefinite word is a verb or a
 * description (`لجنة أصدرت`, `شركة الطيران`).
 */
const HEADS_OF_PROPER_NAMES = W('حزب حركة جماعة شركة جامعة جبهة كتائب ألوية لواء ميليشيا ميليشيات مليشيات قوات بنك')
const MILITIAS = W('ميليشيا ميليشيات مليشيا مليشيات قوات')
/** `الحزب` with its doctrine's nisba names a party without a complement (`الحزب الشيوعي الروسي`). */
const PARTY = normalizeArabic('الحزب')
const NOT_DOCTRINES = W('السياسي الواحد الثاني الثالث الرئيسي الأقوى الأعلى الأدنى الأولى')
/**
 * Heads whose name may follow in quotes (`كتلة "سائرون"`, `قناة "إن دي إر"`): the
 * quoted words are the name. Media among them: a newspaper's name is a name of its own.
 * Not `تحالف`: `تحالف "دعم الشرعية"` is one name, the head in it.
 */
const HEADS_OF_QUOTED_NAMES = W('حزب حركة جماعة جبهة كتلة ائتلاف تيار قائمة شركة مؤسسة منظمة صحيفة قناة موقع شبكة وكالة إذاعة مجلة')
/** Longest quoted name after such a head: longer, the quotes hold a slogan or a quote. */
const MAX_QUOTED_NAME_WORDS = 4
/** Trades after a head: a description (`شركة طيران`, `شركة اتصالات`) unless a name follows. */
const TRADES = W('طيران اتصالات نفط تأمين أمن شحن مقاولات سياحة')
/**
 * Bodies that a nisba adjective names (`الحكومة البريطانية`, `القوات الجوية`, `الشرطة الأردنية`, `النظام السوري`,
 * `السفارة الأمريكية`, a national team: `المنتخب الفرنسي`).
 */
const BODIES = W('الحكومة النظام الجيش القوات البرلمان الشرطة البحرية الاستخبارات المخابرات السفارة القنصلية الرئاسة المنتخب')
/**
 * Bodies that name an institution only with a country's nisba: `النظام السوري` is a
 * regime, `النظام الانتخابي` a system; `الرئاسة الروسية` a presidency, `الرئاسة الدورية` a term;
 * `المنتخب المصري` a national team, `المنتخب الوطني` any.
 */
const OF_A_COUNTRY_ONLY = W('النظام الرئاسة المنتخب')
/** Bodies named by the place they govern or play for (`حكومة سقطرى`, `حكومة النمسا`, `منتخب فرنسا`). */
const OF_A_PLACE = W('حكومة منتخب')
/** Titles of a person after a head: the body is that person's (`ائتلاف المستشارة الألمانية أنغيلا ميركل`), not named. */
const PERSONS_TITLES = W('الرئيس الرئيسة المستشار المستشارة الوزير الوزيرة رئيس رئيسة')
/**
 * Heads whose name may end in the place it serves (`هيئة الطيران المدني في
 * الصين`, `المفوضية العليا للانتخابات في العراق`), as the guideline's
 * `بعثة الأمم المتحدة للدعم في ليبيا`; not embassies, whose place the
 * annotators kept apart as often as not, nor councils, which meet somewhere
 * (`مجلس الوزراء في جنوى`).
 */
const HEADS_IN_A_PLACE = W('هيئة لجنة مفوضية مركز منظمة بعثة')
const IN = normalizeArabic('في')
/** Adjectives that describe such a body without naming it (`القوات الموالية`, `القوات العسكرية`). */
const GENERIC_ADJECTIVES = W(
  'العسكرية العسكري الموالية الموالي الحكومية الحكومي الأمنية الأمني الرسمية الرسمي المحلية المحلي الأجنبية الأجنبي الدولية الدولي الإقليمية النظامية النظامي المسلحة الشعبية الشعبي الانقلابية الإرهابية المعارضة المعارض الخاصة الحالية الحالي السابقة السابق الجديدة الجديد المركزية المركزي'
)
/** Adjectives that describe a body's state, not part of its name (`حزب العمال المعارض`, `الحزب الحاكم`). */
const DESCRIPTIONS = W(
  'المعارض المعارضة الحاكم الحاكمة الحالي الحالية السابق السابقة الجديد الجديدة الرسمي الرسمية ' +
    // its allegiance (`حزب الشعوب الديمقراطي المؤيد للأكراد`) and its origin (`لجنة ترسيم الحدود المنبثقة عن`)
    'المؤيد المؤيدة الموالي الموالية المقرب المقربة المناهض المناهضة المنبثق المنبثقة'
)
/** Complements that leave a head generic on their own (`وكالة الأنباء`, `جهاز الأمن`, `مجلس الإدارة`): which one, only a country or a name says. */
const GENERIC_COMPLEMENTS = W('الأنباء الأمن الاستخبارات المخابرات الشرطة الإدارة التحقيق القطارات الشغب الحكومة المعارضة الاحتلال المدينة المنطقة المحكمة')
/**
 * Roles whose title holds a body (`وزير الخارجية`, `رئيس الحكومة اللبنانية`): no organization starts there.
 * Not `باسم`: a spokesperson speaks for a named body (`المتحدث باسم الحكومة الأردنية`).
 */
const ROLES = W('وزير وزيرة رئيس رئيسة قائد نائب متحدث المتحدث الناطق مدير')
/** Before an organization, not part of its name (`فصيل خالد بن الوليد`): retypes the tagger's span. */
export const ORGANIZATION_BEFORE = W('فصيل صحيفة قناة موقع شبكة')
/** Armed units named after a person, the head part of the name: a person the tagger finds after one is the unit (`جيش خالد بن الوليد`). */
export const UNITS_NAMED_AFTER = W('جيش كتيبة لواء')

/** Words that end a name: function words and verbs a rule must not run into. */
// Not `على`: normalized, it is the name `علي`.
const STOP = W(`في من إلى عن مع أن إن بأن أنه إنه لأن كما حيث التي الذي الذين هذا هذه ذلك تلك هناك
قد لقد لم لن لا ما ليس بين بعد قبل خلال ضد عبر نحو حول لدى أمام منذ حتى غير كل بعض أو ثم لكن بل إذا
قال قالت أضاف أكد أعلن وقال وقالت وأضاف وأكد وأعلن يوم اليوم أمس عام العام
التابع التابعة التابعين المدعوم المدعومة هو هي هم وهو وهي وهم
الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت`)

const COMMA = /^[،,]$/
/** Quotation marks, which can hold a name (`كتلة "سائرون"`). */
const QUOTE = /^["«»“”]$/
/** The second word of names like `عبد الله`, `ذبيح الله`, though a common word. */
const ALLAH = normalizeArabic('الله')
const MAX_PLACE_WORDS = 3
const MAX_PERSON_WORDS = 4
const MAX_ORGANIZATION_WORDS = 6

const MIN_LIST_ITEMS = 2
/**
 * The words the evidence rule knows are no name's (`NOT_NAMES`: verbs,
 * function words, common nouns of news), normalized; not `علي`, which is
 * `على` (on) folded but also the name Ali (`أسامة علي`).
 */
const COMMON_WORDS = new Set([...NOT_NAMES].map((word) => normalizeArabic(word)).filter((word) => word !== 'علي'))
/**
 * Words that end a list of places: the triggers themselves, the common
 * words of news (`NOT_NAMES`), generic adjectives, and words of where
 * (`وقرب`, `وضواحي بغداد`, `ومحافظات الوسط والجنوب`).
 */
export const NOT_LIST_NAMES = new Set([
  ...PLACE_BEFORE,
  ...PLACES_BEFORE,
  ...GENERIC_PLACES_BEFORE,
  ...GENERIC_ADJECTIVES,
  ...NOT_PLACE_NAMES,
  ...W('قرب ضواحي أطراف أجزاء خاصة الأراضي المناطق الوسط الجنوب الشمال الشرق الغرب المجاورة المجاور اللتين اللتان اللذين اللذان'),
  ...COMMON_WORDS
])

/** A found name: tokens `[start, end)`, its type, and the rule that found it. */
export interface ContextSpan {
  start: number
  end: number
  type: ActorType
  rule: string
  /** The name's first word carries the conjunction و, not part of the name (`وذمار` in a list). */
  afterConjunction?: boolean
  /** The name is another place than the registry places it holds (`وادي زبيد` is not Zabid). */
  anotherPlace?: boolean
  /** The rule alone does not make a name: the tagger must see one after the head (see `COMMON_SITE_HEADS`). */
  unconfirmed?: boolean
}

export interface ContextNamesOptions {
  /**
   * Whether a normalized word, bare or with proclitics, is a place the
   * registry knows (`ذمار`, `وحجه`). Lets lists after `مناطق` and `أحياء`
   * count (see `placeList`). Default: none is known.
   */
  isKnownPlace?: (word: string) => boolean
}

/** The names the rules find in one block, from its tokens' texts. */
export function findContextNames(tokens: readonly string[], options: ContextNamesOptions = {}): ContextSpan[] {
  // `على` ("on") normalizes to the name `علي`: as written, it is never a name (nor `وعلى` in a list).
  // Other tokens are '', but a comma, which can set a name apart (`المتحدث باسم حركة طالبان، ذبيح الله مجاهد`),
  // and a quotation mark, which can hold one (`كتلة "سائرون"`).
  const words = tokens.map((token) => (/^[\p{L}\p{M}]/u.test(token) && !/^[وف]?على$/.test(token) ? normalizeArabic(token) : COMMA.test(token) ? ',' : QUOTE.test(token) ? '"' : ''))
  // Each word's trigger reading (`ومحافظة` → `محافظة`), once: every rule looks at it. The verb `أدى` (led to)
  // normalizes as `ادي`, `وأدى` as the valley `وادي`: as written it heads nothing.
  const heads = words.map((word, index) => (/^[وف]?أدى$/.test(tokens[index]) ? '' : bare(word)))
  const isKnownPlace = options.isKnownPlace ?? (() => false)
  const spans: ContextSpan[] = []
  for (let index = 0; index < words.length; index++) {
    const list = placeList(words, heads, index, isKnownPlace)
    if (list) {
      spans.push(...list)
      index = list.at(-1)!.end - 1
      continue
    }
    const found =
      placeAfterTrigger(words, heads, index) ??
      placeOfFront(words, heads, index) ??
      placeWithHead(words, heads, index, isKnownPlace) ??
      personAfterIntroducer(words, heads, index) ??
      spokesperson(words, heads, index) ??
      quotedOrganization(words, heads, index) ??
      bodyOfPlace(words, heads, index, isKnownPlace) ??
      organizationPhrase(words, heads, index, isKnownPlace)
    if (found) {
      // A spokesperson's body is a name of its own (`المتحدث باسم الحكومة الأردنية محمد المومني`).
      const body = found.rule === 'spokesperson' ? organizationPhrase(words, heads, index + 2, isKnownPlace) : undefined
      if (body && body.end <= found.start) spans.push(body)
      spans.push(found)
      index = found.end - 1
    }
  }
  return spans
}

/** `جبهة قانية`, `جبهة الساحل الغربي`: the place after a front, one word without article and no definite complement after it. */
function placeOfFront(words: string[], heads: string[], index: number): ContextSpan | undefined {
  if (!FRONT.has(heads[index])) return undefined
  // A coast is a front's place, with its direction (`جبهة الساحل الغربي`).
  if (words[index + 1] === COAST && DIRECTION_ADJECTIVES.has(words[index + 2] ?? '')) return {start: index + 1, end: index + 3, type: 'place', rule: 'front'}
  const name = words[index + 1] ?? ''
  const next = words[index + 2] ?? ''
  // Not an adjective (`جبهة جديدة`, `جبهة موحدة`), a group's name (`جبهة تحرير الشام`) nor a purpose (`جبهة لدعم`).
  if (!isPlaceWord(name) || /^(ال|ل|ب)/.test(name) || (next.startsWith('ال') && isNameWord(next))) return undefined
  return {start: index + 1, end: index + 2, type: 'place', rule: 'front'}
}

/** `محافظة عمران`, `مخيم عين الحلوة`, `بلدة "ماسيرتا"`: the name after the trigger, or the whole of it in quotes. */
function placeAfterTrigger(words: string[], heads: string[], index: number): ContextSpan | undefined {
  if (!PLACE_BEFORE.has(heads[index])) return undefined
  const start = words[index + 1] === '"' ? index + 2 : index + 1
  const end = placeNameEnd(words, start)
  // In quotes, the name must fill them: `منطقة "خفض تصعيد"` is a kind of zone, not a place.
  if (end === start || (start === index + 2 && words[end] !== '"')) return undefined
  return {start, end, type: 'place', rule: 'place-trigger'}
}

/**
 * `محافظات عمران وذمار وحجة`, `مناطق درعا البلد وطريق السد والمخيم`: each
 * name of a list joined by و after a plural trigger, two names at least.
 * After `مناطق`, `أحياء` or `مخيمات`, which as often head common nouns,
 * one of the names must be a place the registry knows.
 */
function placeList(words: string[], heads: string[], index: number, isKnownPlace: (word: string) => boolean): ContextSpan[] | undefined {
  const generic = GENERIC_PLACES_BEFORE.has(heads[index])
  if (!generic && !PLACES_BEFORE.has(heads[index])) return undefined
  let next = index + 1
  // `مدن وبلدات دوما وحرستا`: a second trigger joined to the first.
  while (PLACES_BEFORE.has(heads[next] ?? '') || GENERIC_PLACES_BEFORE.has(heads[next] ?? '')) next++
  const items: ContextSpan[] = []
  while (next < words.length) {
    const afterConjunction = items.length > 0
    if (afterConjunction && !words[next].startsWith('و')) break
    const end = listItemEnd(words, next, afterConjunction ? 1 : 0)
    if (end === next) break
    items.push({start: next, end, type: 'place', rule: 'place-list', ...(afterConjunction && {afterConjunction})})
    next = end
  }
  if (items.length < MIN_LIST_ITEMS) return undefined
  if (generic && !items.some(({start}) => isKnownPlace(words[start]))) return undefined
  return items
}

/**
 * The end of a list's name at `start` (its first `skip` letters a
 * conjunction): a name word, the word after a compound head (`بيت سحم`),
 * and definite words that are no adjective but of direction (`درعا
 * البلد`, `الغوطة الشرقية`, not `رازح الحدودية`); `start` for none.
 */
function listItemEnd(words: string[], start: number, skip: number): number {
  const first = words[start].slice(skip)
  // A noun with a pronoun (`وغيرها`, `وبلداتها`, `وتوسعهم`) ends a list: names seldom end so.
  if (!isPlaceWord(first) || /(ها|هم|هما)$/.test(first)) return start
  // Nor is a list's name a trigger or a common word, read with its و or without (`ومحافظة`, `وسط`, `والمدينة`).
  if ([first, words[start]].some((word) => NOT_LIST_NAMES.has(word) || STOP.has(word))) return start
  let end = start + 1
  if (isHead(first)) {
    // A head alone (`وبيت` before a word that is none) is no name.
    if (!isPlaceWord(words[end] ?? '')) return start
    end++
  }
  while (
    end - start < MAX_PLACE_WORDS &&
    (words[end] ?? '').startsWith('ال') &&
    isPlaceWord(words[end]) &&
    !NOT_LIST_NAMES.has(words[end]) &&
    // Dual and plural adjectives (`نبل والزهراء المواليتين`, `الواقعتان`) describe the list.
    !/(تين|تان|يين|يون)$/.test(words[end]) &&
    (!isNisba(words[end]) || DIRECTION_ADJECTIVES.has(words[end]))
  )
    end++
  return end
}

/** A word that may be (part of) a place's name: a name word, no adjective a trigger is followed by. */
function isPlaceWord(word: string): boolean {
  return isNameWord(word) && !NOT_PLACE_NAMES.has(word) && (word.startsWith('ال') || !word.endsWith('يه'))
}

/** `وادي زبيد`, `جبل السنارة`, `مطار صنعاء الدولي`: the head belongs to the name. */
function placeWithHead(words: string[], heads: string[], index: number, isKnownPlace: (word: string) => boolean): ContextSpan | undefined {
  const unconfirmed = COMMON_SITE_HEADS.has(heads[index])
  const site = unconfirmed || SITE_HEADS.has(heads[index])
  if (!site && !PLACE_HEADS.has(heads[index])) return undefined
  // A country's nisba says whose the site is (`ميناء إريتري`): no name.
  if (isPlaceNisba(`ال${words[index + 1] ?? ''}`, isKnownPlace)) return undefined
  let end = placeNameEnd(words, index + 1)
  if (site && end > index + 1 && SITE_ADJECTIVES.has(words[end] ?? '')) end++
  if (end === index + 1) return undefined
  if (site) return {start: index, end, type: 'place', rule: 'site', ...(unconfirmed && {unconfirmed})}
  return {start: index, end, type: 'place', rule: 'place-head', ...(!SAME_PLACE_HEADS.has(heads[index]) && {anotherPlace: true})}
}

/** The end of a place name starting at `start`: one name word, more after a compound head. */
function placeNameEnd(words: string[], start: number): number {
  let end = start
  while (end < words.length && end - start < MAX_PLACE_WORDS && isNameWord(words[end]) && !NOT_PLACE_NAMES.has(words[end]) && !COMMON_WORDS.has(words[end])) {
    // An indefinite nisba is an adjective (`مرتفعات جبلية`), not a name; a trigger after و begins
    // another place (`مطار ومدينة الحديدة`); a لل complement is a purpose (`مخيم للاجئين`: a camp for refugees).
    if (!words[end].startsWith('ال') && words[end].endsWith('يه')) break
    if (bare(words[end]) !== words[end] || words[end].startsWith('لل')) break
    end++
    if (!isHead(words[end - 1])) break
  }
  // A head alone (`بلدة أبو`, `ميناء جزيرة`, `مدينة ميناء`) is no name.
  return end > start && isHead(words[end - 1]) ? start : end
}

/** A word that starts a longer place name: `عين`, `جزيرة`, `ميناء`. */
function isHead(word: string): boolean {
  return COMPOUND_HEADS.has(word) || PLACE_HEADS.has(word) || SITE_HEADS.has(word) || COMMON_SITE_HEADS.has(word)
}

/** `يدعى أحمد حسين معياد`: up to four name words. */
function personAfterIntroducer(words: string[], heads: string[], index: number): ContextSpan | undefined {
  // With ل it is the verb "to claim" (`ليدعي عدم وقوع أي هجوم`), as `يدعى` is written without its alif maqsura.
  if (!PERSON_BEFORE.has(heads[index]) || words[index].startsWith('ل')) return undefined
  const end = personNameEnd(words, index + 1)
  return end > index + 1 ? {start: index + 1, end, type: 'person', rule: 'person-introducer'} : undefined
}

/**
 * `المتحدث باسم جهاز الإسعاف والطوارئ أسامة علي`: past the body (a head
 * and its definite words), the name. Only when a name follows at once;
 * the body itself is left to the other rules and the tagger.
 */
function spokesperson(words: string[], heads: string[], index: number): ContextSpan | undefined {
  if (!SPOKESPERSON.has(heads[index]) || words[index + 1] !== 'باسم') return undefined
  let start = index + 3 // past the body's head
  while (start < words.length && start - index < 8 && /^و?ال/.test(words[start])) start++
  // The body's complement is the body's (`المركز الروسي لمصالحة الأطراف المتنازعة`).
  start = complementEnd(words, start, index + 2)
  // The name set apart by a comma, after the body's definite words or its one proper name (`حركة طالبان،`).
  if (words[start] === ',') start++
  else if (words[start + 1] === ',' && isNameWord(words[start])) start += 2
  // "A spokesman for" names nobody unless a comma sets the name apart (`نفى متحدث باسم الحكومة اتهامات مماثلة`).
  else if (!words[index].startsWith('ال')) return undefined
  const end = personNameEnd(words, start)
  // Two words at least: one word after a body is as often the body's own last word.
  return end - start >= 2 ? {start, end, type: 'person', rule: 'spokesperson'} : undefined
}

/** The end of a person's name at `start`: up to four words (`isPersonNameWord`). */
function personNameEnd(words: string[], start: number): number {
  let end = start
  while (end < words.length && end - start < MAX_PERSON_WORDS && isPersonNameWord(words[end], end - start)) end++
  return end
}

/** Whether `word` can be word `position` (from 0) of a person's name a cue introduces. */
function isPersonNameWord(word: string, position: number): boolean {
  if (!isNameWord(word)) return false
  // The second word may have the article (`أحمد المسماري`, `ذبيح الله مجاهد`); no other may
  // (`جمانة غنيمات الأنباء`: the verb's object).
  if (position === 1) return word === ALLAH || !NOT_LIST_NAMES.has(word)
  // Not a word the evidence rule knows is none: `تدعي أنها` (she claims) normalizes as `تدعى` (is called).
  return !word.startsWith('ال') && !COMMON_WORDS.has(word)
}

/** `حكومة سقطرى`, `منتخب فرنسا`: a body and the registry place it belongs to. */
function bodyOfPlace(words: string[], heads: string[], index: number, isKnownPlace: (word: string) => boolean): ContextSpan | undefined {
  if (!OF_A_PLACE.has(heads[index]) || !isNameWord(words[index + 1] ?? '') || !isKnownPlace(words[index + 1])) return undefined
  return {start: index, end: index + 2, type: 'organization', rule: 'organization-head'}
}

/** `كتلة "سائرون"`, `صحيفة "نيويورك تايمز"`: the quoted name after a head (`HEADS_OF_QUOTED_NAMES`). */
function quotedOrganization(words: string[], heads: string[], index: number): ContextSpan | undefined {
  if (!HEADS_OF_QUOTED_NAMES.has(heads[index]) || words[index + 1] !== '"') return undefined
  let end = index + 2
  // Any word inside the quotes: they mark the name's extent (`"إن دي إر"`).
  while (end - index - 2 < MAX_QUOTED_NAME_WORDS && ARABIC_WORD.test(words[end] ?? '')) end++
  if (end === index + 2 || words[end] !== '"') return undefined
  // One indefinite nisba is a description in quotes (`منظمة "إرهابية"`), not a name.
  if (end === index + 3 && !words[index + 2].startsWith('ال') && words[index + 2].endsWith('يه')) return undefined
  return {start: index + 2, end, type: 'organization', rule: 'organization-quoted'}
}

/**
 * `وزارة الداخلية العراقية`, `المفوضية العليا للانتخابات` (as `مفوضية`…),
 * `حركة النهضة`, `الحكومة البريطانية`: a head noun, its definite
 * complements and adjectives, and a `لل` complement.
 */
function organizationPhrase(words: string[], heads: string[], index: number, isKnownPlace: (word: string) => boolean): ContextSpan | undefined {
  const head = heads[index]
  if (index > 0 && ROLES.has(heads[index - 1])) return undefined
  if (BODIES.has(head)) {
    const adjective = words[index + 1] ?? ''
    const country = isPlaceNisba(words[index + 2] ?? '', isKnownPlace)
    // `النظام` and `الرئاسة` name a body only with a country's nisba (`النظام السوري`; `النظام الانتخابي` is a system);
    // a generic adjective names a body when a country's follows (`القوات المسلحة الإماراتية`).
    const named =
      OF_A_COUNTRY_ONLY.has(head)
        ? isPlaceNisba(adjective, isKnownPlace)
        : GENERIC_ADJECTIVES.has(adjective)
          ? country && !DESCRIPTIONS.has(adjective)
          : isNisba(adjective)
    if (!named) return undefined
    // The country's nisba after the body's own adjective belongs to the name (`القوات الجوية الأمريكية`),
    // and so does a direction after a nisba (`الحكومة الكورية الشمالية`).
    let end = !OF_A_COUNTRY_ONLY.has(head) && country ? index + 3 : index + 2
    if (DIRECTION_ADJECTIVES.has(words[end] ?? '')) end++
    return {start: index, end, type: 'organization', rule: 'organization-body'}
  }
  const properName = HEADS_OF_PROPER_NAMES.has(head) && isNameWord(words[index + 1] ?? '') && !words[index + 1].startsWith('ال')
  if (properName) {
    // `حركة حماس`, `شركة أرامكو`: the head and the name after it, with its definite
    // complements (`قوات حفظ السلام`, `شركة طيران الإمارات`), not a generic adjective.
    if (isNisba(`ال${words[index + 1]}`) || words[index + 1].endsWith('ه')) return undefined
    // Forces of a registry place are its (`ميليشيات إيران`): no body's name; the place stands.
    if (MILITIAS.has(head) && isKnownPlace(words[index + 1])) return undefined
    let end = index + 2
    while (end - index < 4 && isNameWord(words[end] ?? '') && words[end].startsWith('ال') && !GENERIC_ADJECTIVES.has(words[end])) end++
    // `شركة طيران` is "an airline" until a name follows (`شركة طيران الإمارات`).
    if (end === index + 2 && TRADES.has(words[index + 1])) return undefined
    return {start: index, end, type: 'organization', rule: 'organization-head'}
  }
  if (head.startsWith('ال') && ORGANIZATION_HEADS.has(head.slice(2))) return definiteOrganization(words, index, isKnownPlace)
  if (!ORGANIZATION_HEADS.has(head) || PERSONS_TITLES.has(words[index + 1] ?? '')) return undefined
  // A front named after a registry place is that place's (`جبهة الحديدة`), not a group.
  if (FRONT.has(head) && isKnownPlace(words[index + 1] ?? '')) return undefined
  // A noun of function before the definite complement belongs to the name (`هيئة مكافحة الفساد`).
  const through = FUNCTION_NOUNS.has(words[index + 1] ?? '') && (words[index + 2] ?? '').startsWith('ال') && isNameWord(words[index + 2]) ? 1 : 0
  const first = index + 1 + through
  let end = first
  // The complement: definite words (`الداخلية`, `الأنباء`) and their adjectives, not a passing description (`حزب العمال المعارض`).
  while (end < words.length && end - index < MAX_ORGANIZATION_WORDS && isNameWord(words[end]) && words[end].startsWith('ال')) {
    if (end > first && DESCRIPTIONS.has(words[end])) break
    end++
  }
  if (end > first) end = coordinateEnd(words, heads, end, isKnownPlace)
  if (GENERIC_COMPLEMENTS.has(words[first] ?? '') && end === first + 1) return undefined
  if (FORCES.has(head) && !through) {
    // The police of a registry place (`شرطة إسطنبول`).
    if (head === POLICE && isNameWord(words[index + 1] ?? '') && isKnownPlace(words[index + 1])) return organizationSpan(index, index + 2)
    if (!FORCES_COMPLEMENTS.has(words[first] ?? '') || !isPlaceNisba(words[first + 1] ?? '', isKnownPlace)) return undefined
    return organizationSpan(index, DIRECTION_ADJECTIVES.has(words[first + 2] ?? '') ? first + 3 : first + 2)
  }
  const complement = end > first ? complementEnd(words, end, index) : end
  if (end === first || (HEADS_WITH_PURPOSE.has(head) && complement === end && !through)) return undefined
  return withPlaceServed(words, organizationSpan(index, complement), isKnownPlace)
}

/**
 * A body's name with the place it serves, `في` and a registry place with
 * its direction (`هيئة الطيران المدني في الصين`, `المركز الروسي لمصالحة
 * الأطراف المتنازعة في سوريا`), after a head of `HEADS_IN_A_PLACE`.
 */
function withPlaceServed(words: string[], span: ContextSpan | undefined, isKnownPlace: (word: string) => boolean): ContextSpan | undefined {
  if (!span || !HEADS_IN_A_PLACE.has(bare(words[span.start]).replace(/^ال/, ''))) return span
  const {end} = span
  if (words[end] !== IN || !isNameWord(words[end + 1] ?? '') || !isKnownPlace(words[end + 1])) return span
  return {...span, end: DIRECTION_ADJECTIVES.has(words[end + 2] ?? '') ? end + 3 : end + 2}
}

/**
 * The end of a body's complement at `at`, if any: `لل` and its adjectives
 * (`للانتخابات`), or a purpose (`PURPOSES`) with its definite complement,
 * one indefinite word allowed before it (`لمراقبة فض الاشتباك`); `at` for none.
 */
function complementEnd(words: string[], at: number, index: number): number {
  const word = words[at] ?? ''
  let end = at
  if (word.startsWith('لل') && isNameWord(word)) end++
  else if (PURPOSES.has(word)) {
    end++
    if (isNameWord(words[end] ?? '') && !words[end].startsWith('ال') && (words[end + 1] ?? '').startsWith('ال')) end++
    if (!(words[end] ?? '').startsWith('ال')) return at
  } else return at
  while (end < words.length && end - index < MAX_ORGANIZATION_WORDS && words[end].startsWith('ال') && isNameWord(words[end])) end++
  return end
}

/**
 * The end of a name past a complement joined by و at `end` that closes it
 * (`جهاز الإسعاف والطوارئ`, `وزارة الصحة والسكان`), with the country's
 * nisba after the pair (`وزارة الخارجية والمغتربين اللبنانية`); `end` when
 * there is none: the word is a body or a head itself (`مجلس النواب
 * والحكومة` names two actors), or another definite word follows
 * (`والأمم المتحدة` begins another name).
 */
function coordinateEnd(words: string[], heads: string[], end: number, isKnownPlace: (word: string) => boolean): number {
  const word = words[end] ?? ''
  if (!word.startsWith('وال') || !isNameWord(word.slice(1))) return end
  const bareHead = heads[end].slice(2)
  if (BODIES.has(heads[end]) || ORGANIZATION_HEADS.has(bareHead) || HEADS_OF_PROPER_NAMES.has(bareHead)) return end
  const next = words[end + 1] ?? ''
  if (!next.startsWith('ال')) return end + 1
  return isPlaceNisba(next, isKnownPlace) ? end + 2 : end
}

/**
 * `المفوضية العليا للانتخابات`, `المحكمة الأوروبية لحقوق الإنسان`: a definite
 * head names a body only with a `لل` complement or a purpose after its
 * adjectives (`الوزارة الجديدة` names none).
 */
function definiteOrganization(words: string[], index: number, isKnownPlace: (word: string) => boolean): ContextSpan | undefined {
  if (words[index] === PARTY && isDoctrine(words[index + 1] ?? '')) {
    let end = index + 2
    while (end - index < 4 && isDoctrine(words[end] ?? '')) end++
    return organizationSpan(index, end)
  }
  let end = index + 1
  while (end < words.length && end - index < 3 && words[end].startsWith('ال') && isNameWord(words[end])) end++
  const complement = complementEnd(words, end, index)
  return complement > end ? withPlaceServed(words, organizationSpan(index, complement), isKnownPlace) : undefined
}

/** A nisba that names a party's doctrine or nation (`الشيوعي`, `الليبرالي`, `الروسي`), not its state (`الحاكم`) nor a generic one (`السياسي`). */
function isDoctrine(word: string): boolean {
  return isNisba(word) && !GENERIC_ADJECTIVES.has(word) && !DESCRIPTIONS.has(word) && !NOT_DOCTRINES.has(word)
}

/** An organization's span, unless it runs longer than a name does (then it is prose: `… النموذج الأمثل للتعاون`). */
function organizationSpan(start: number, end: number): ContextSpan | undefined {
  return end - start > MAX_ORGANIZATION_WORDS ? undefined : {start, end, type: 'organization', rule: 'organization-head'}
}

/** Two Arabic letters or more. */
const ARABIC_WORD = /^[\u0621-\u064A]{2,}$/

/** A word that can be part of a name: Arabic letters, not a function word or verb. */
function isNameWord(word: string): boolean {
  return ARABIC_WORD.test(word) && !STOP.has(word)
}

/** `البريطانيه`, `العراقي` (normalized): a definite nisba adjective. */
function isNisba(word: string): boolean {
  return word.startsWith('ال') && (word.endsWith('يه') || word.endsWith('ي')) && word.length > 4
}

/** `السوري` (سوريا), `الإيراني` (إيران), `العراقية` (العراق): a nisba of a known place. */
function isPlaceNisba(word: string, isKnownPlace: (word: string) => boolean): boolean {
  return isNisba(word) && nisbaBases(word).some(isKnownPlace)
}

const PROCLITICS = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك']

/** A trigger word without a leading و, ف, ب, ل or ك (or وب, ول, …): `ومحافظة` → `محافظة`; any other word as it is. */
export function bare(word: string): string {
  for (const prefix of PROCLITICS) {
    if (word.startsWith(prefix) && ALL_TRIGGERS.has(word.slice(prefix.length))) return word.slice(prefix.length)
  }
  return word
}

const ALL_TRIGGERS = new Set([
  ...PLACE_BEFORE,
  ...FRONT,
  ...PLACES_BEFORE,
  ...GENERIC_PLACES_BEFORE,
  ...PLACE_HEADS,
  ...SITE_HEADS,
  ...COMMON_SITE_HEADS,
  ...PERSON_BEFORE,
  ...ORGANIZATION_HEADS,
  ...HEADS_OF_PROPER_NAMES,
  ...HEADS_OF_QUOTED_NAMES,
  ...OF_A_PLACE,
  ...BODIES,
  ...ORGANIZATION_BEFORE,
  ...UNITS_NAMED_AFTER,
  ...ROLES
])

/** Heads a rule's name starts with (the other rules' names start after their trigger). */
const NAME_HEADS = new Set([...ORGANIZATION_HEADS, ...HEADS_OF_PROPER_NAMES, ...PLACE_HEADS, ...SITE_HEADS, ...COMMON_SITE_HEADS, ...BODIES, ...OF_A_PLACE])

/** Whether a normalized word is one the rules start a name with (`وزاره`, `وادي`, `الحكومه`). */
export function isContextTrigger(word: string): boolean {
  return NAME_HEADS.has(word)
}
