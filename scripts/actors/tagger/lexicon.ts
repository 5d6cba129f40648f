import {normalizeArabic} from '../../../src/shared/arabic/normalize.ts'

/**
 * Words that announce a name nearby, grouped by what they announce. Arabic
 * has no capital letters, so these cues (with the neighbouring words) do
 * the work capitals do in English: `اللواء` before a person, `مدينة` before
 * a place, `حزب` at the head of an organization, `قال` after a speaker.
 * Written in the usual spelling; matched after `normalizeArabic` and on
 * every clitic-stripped reading (`والرئيس`, `لوزير`, `بمدينة`).
 */
export const TRIGGER_WORDS = {
  /** Titles, ranks and roles that stand before a person's name. */
  'person-title': [
    'رئيس', 'الرئيس', 'رئيسة', 'الرئيسة', 'وزير', 'الوزير', 'وزيرة', 'الوزيرة', 'الملك', 'الملكة', 'العاهل',
    'الأمير', 'الأميرة', 'أمير', 'الشيخ', 'الشيخة', 'اللواء', 'العقيد', 'العميد', 'الفريق', 'المشير', 'الجنرال',
    'النقيب', 'الرائد', 'المقدم', 'الرقيب', 'الأدميرال', 'السيد', 'السيدة', 'الدكتور', 'الدكتورة', 'د', 'الأستاذ',
    'البروفيسور', 'المهندس', 'المحامي', 'القاضي', 'النائب', 'النائبة', 'السناتور', 'السيناتور', 'السفير',
    'السفيرة', 'المبعوث', 'المتحدث', 'الناطق', 'المستشار', 'المستشارة', 'المدير', 'المديرة', 'مدير', 'الأمين',
    'الزعيم', 'زعيم', 'القائد', 'قائد', 'الإمام', 'المفتي', 'البابا', 'الكاردينال', 'الحاخام', 'المطران',
    'الأسقف', 'البطريرك', 'الأب', 'الحاج', 'الداعية', 'المرشد', 'الفنان', 'الفنانة', 'المطرب', 'المطربة',
    'المغني', 'المغنية', 'الممثل', 'الممثلة', 'المخرج', 'الكاتب', 'الكاتبة', 'الروائي', 'الشاعر', 'الشاعرة',
    'الصحفي', 'الصحافي', 'المراسل', 'اللاعب', 'اللاعبة', 'المدرب', 'المهاجم', 'الحارس', 'المدافع', 'نظيره',
    'نظيرته', 'نظيرها', 'المرشح', 'المرشحة', 'الحاكم', 'المحافظ', 'السلطان', 'الخليفة', 'المتهم'
  ],
  /** Words inside Arabic names: `عبد` الله, `بن` سلمان, `أبو` مازن. */
  'name-particle': ['بن', 'ابن', 'بنت', 'ابنة', 'أبو', 'أبي', 'أبا', 'أم', 'عبد', 'آل', 'ولد', 'نجل', 'شقيق', 'شقيقة', 'زوجة', 'أرملة'],
  /** Heads of organization names: `حزب` الله, `حركة` حماس, `وزارة` الخارجية. */
  'organization-head': [
    'حزب', 'حركة', 'منظمة', 'جمعية', 'مجلس', 'وزارة', 'شركة', 'جامعة', 'وكالة', 'صحيفة', 'مجلة', 'جبهة', 'اتحاد',
    'لجنة', 'هيئة', 'مؤسسة', 'بنك', 'البنك', 'مصرف', 'قوات', 'جيش', 'الجيش', 'تنظيم', 'جماعة', 'مركز', 'معهد', 'نادي',
    'نادى', 'فريق', 'منتخب', 'محكمة', 'برلمان', 'مجموعة', 'منتدى', 'رابطة', 'نقابة', 'إذاعة', 'قناة', 'تلفزيون',
    'مكتب', 'سلطة', 'مفوضية', 'كتائب', 'ألوية', 'لواء', 'ميليشيا', 'ائتلاف', 'تحالف', 'تيار', 'كتلة', 'صندوق',
    'الأمم', 'مؤتمر', 'بورصة', 'سوق', 'مصنع', 'مستشفى', 'مجمع', 'أكاديمية', 'دار'
  ],
  /** Words before or at the head of place names: `مدينة` سرت, `جنوب` لبنان. */
  'place-head': [
    'مدينة', 'المدينة', 'بلدة', 'قرية', 'محافظة', 'ولاية', 'إقليم', 'منطقة', 'العاصمة', 'عاصمة', 'جزيرة', 'جزر', 'نهر',
    'بحر', 'البحر', 'جبل', 'جبال', 'مخيم', 'حي', 'ميناء', 'مطار', 'شارع', 'ساحة', 'ضاحية', 'صحراء', 'خليج', 'قضاء',
    'ناحية', 'مقاطعة', 'دولة', 'بلاد', 'شمال', 'جنوب', 'شرق', 'غرب', 'وسط', 'شمالي', 'جنوبي', 'شرقي', 'غربي',
    'ضواحي', 'أطراف', 'قرب', 'بالقرب', 'سفارة', 'قاعدة', 'معبر', 'سجن'
  ],
  /** Reporting verbs, whose subject is usually a person or an organization. */
  'speech-verb': [
    'قال', 'قالت', 'أضاف', 'أضافت', 'أكد', 'أكدت', 'أوضح', 'أوضحت', 'أفاد', 'أفادت', 'صرح', 'صرحت', 'أعلن',
    'أعلنت', 'ذكر', 'ذكرت', 'أشار', 'أشارت', 'اعتبر', 'اعتبرت', 'رأى', 'تابع', 'لفت', 'شدد', 'شددت', 'نفى', 'نفت',
    'دعا', 'دعت', 'أبلغ', 'أبلغت', 'طالب', 'طالبت', 'حذر', 'حذرت', 'يقول', 'تقول', 'وصف', 'وصفت', 'التقى', 'استقبل'
  ],
  /** Months, days and time words: often next to numbers and names, never names themselves here. */
  time: [
    'يناير', 'فبراير', 'مارس', 'أبريل', 'إبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر',
    'ديسمبر', 'كانون', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين', 'السبت', 'الأحد',
    'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'يوم', 'عام', 'العام', 'شهر', 'الشهر', 'أمس', 'اليوم', 'غدا'
  ]
} as const

/** A group of trigger words: the feature value the tagger sees. */
export type TriggerClass = keyof typeof TRIGGER_WORDS

/**
 * Trigger classes by normalized word. A word may announce several things
 * (`قاعدة` is a base and a place); the classes are listed in a stable order.
 */
export function triggerLexicon(): Map<string, TriggerClass[]> {
  const lexicon = new Map<string, TriggerClass[]>()
  for (const [triggerClass, words] of Object.entries(TRIGGER_WORDS) as [TriggerClass, readonly string[]][]) {
    for (const word of words) {
      const key = normalizeArabic(word)
      const classes = lexicon.get(key) ?? []
      if (!classes.includes(triggerClass)) classes.push(triggerClass)
      lexicon.set(key, classes)
    }
  }
  return lexicon
}
