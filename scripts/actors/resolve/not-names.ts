import {DIACRITICS, TATWEEL} from '../../../src/shared/arabic/characters.ts'
import {GENERIC_TITLE_WORDS} from '../match/titles.ts'

/**
 * Words that are never a name, whatever the tagger says: function words,
 * reporting verbs, calendar words, and the common nouns of news that a
 * tagger trained on names most often takes for one (`الحكومة`, `الجيش`).
 * A tagged name holding any of them is not made an actor.
 */
const WORDS = `
في من على إلى عن مع أن إن بأن أنه إنه لأن كما حيث التي الذي الذين اللذين هذا هذه ذلك تلك هناك هنا
قد لقد لم لن لا ما ماذا ليس بين بعد قبل خلال ضد عبر نحو حول لدى أمام وراء فوق تحت منذ حتى غير كل بعض
أو أم ثم لكن بل إذا إذ لو هو هي هم هن نحن أنا أنت
قال قالت يقول تقول أضاف أضافت أكد أكدت أوضح أوضحت أفاد أفادت صرح صرحت أعلن أعلنت تابع شدد أشار ذكر
قائلا مضيفا مؤكدا مشيرا موضحا
يوم اليوم أمس غدا الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت عام العام شهر الشهر أسبوع الأسبوع
يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر
كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين
الحكومة الجيش الشرطة البرلمان القوات الوزارة المعارضة الرئاسة الدولة البلاد العاصمة المدينة المنطقة
الشعب المجلس اللجنة المحكمة الحزب الحركة التنظيم الجماعة التحالف الأمن السلطات السلطة النظام
وزير وزيرة وزارة رئيس رئيسة مدير نائب متحدث المتحدث مسؤول مصدر مصادر مراسل وكالة صحيفة قناة موقع بيان
مدينة منطقة محافظة ولاية دولة حكومة جيش قوات حزب حركة مجلس شركة جامعة مستشفى مطار ميناء معبر
منظمة المنظمة هيئة الهيئة وكالة الوكالة لجنة جماعة الجماعة تنظيم محكمة بنك البنك شرطة
تقع تسيطر تبعد مأهولة مسورة عازلة إجازة عطلة كيلو الكيلو قرب بشمال بجنوب بشرق بغرب اقتصاديات الهدنة النازحين الاجئين
مفادها مفاده وجه أنها إنها لأنها عليها عليه يسيطر تمتد يضم تضم شهدت تشهد يشهد تعاني كانت أصبحت باتت
`

/**
 * A word as `NOT_NAMES` compares it: without diacritics and kashida, alef
 * forms folded. Lighter than `normalizeArabic` on purpose: that folds
 * `على` (on) into `علي` (the name Ali).
 */
export function toNotNameForm(word: string): string {
  return word.replace(DIACRITICS, '').replaceAll(TATWEEL, '').replace(/[أإآٱ]/g, 'ا')
}

/** The list in `toNotNameForm`, titles included. */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  [...WORDS.split(/\s+/).filter(Boolean), ...GENERIC_TITLE_WORDS.flat()].map(toNotNameForm)
)
