import {mkdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {stringify} from 'yaml'

/** An article of a test archive, as the ingest would write it. */
export interface TestArticle {
  id: string
  title: string
  date: string
  outlet: string
  paragraphs: string[]
  actors?: {id: string; name: string; type: 'person' | 'organization' | 'place'; mentions: number}[]
}

/** Write articles into `<content>/articles/` in the ingest's file shape. */
export async function writeArticles(content: string, articles: readonly TestArticle[]): Promise<void> {
  await mkdir(path.join(content, 'articles'), {recursive: true})
  for (const {paragraphs, actors = [], ...fields} of articles) {
    const frontmatter = {...fields, lang: 'ar', actors: actors.map((actor) => ({...actor, forms: [actor.name]}))}
    await writeFile(path.join(content, 'articles', `${fields.id}.md`), `---\n${stringify(frontmatter)}---\n\n${paragraphs.join('\n\n')}\n`)
  }
}

const lombok = {id: 'lombok', name: 'لومبوك', type: 'place', mentions: 2} as const
const indonesia = {id: 'indonesia', name: 'إندونيسيا', type: 'place', mentions: 1} as const

/**
 * One event told by three outlets in their own words (the Lombok
 * earthquake), a fourth outlet republishing the second one's text under
 * another headline and trimmed, the
 * same country's other news the same days, unrelated news, and the
 * event's aftermath weeks later: only the first four are one story.
 */
export const EARTHQUAKE_ARCHIVE: TestArticle[] = [
  {
    id: 'quake-first',
    title: 'زلزال بقوة 7 درجات يضرب جزيرة لومبوك الإندونيسية',
    date: '2018-08-05T14:00:00Z',
    outlet: 'وكالة أ',
    actors: [lombok, indonesia],
    paragraphs: [
      'ضرب زلزال بقوة 7 درجات جزيرة لومبوك في إندونيسيا مساء الأحد، ما أدى إلى مقتل 82 شخصا على الأقل وانهيار مئات المنازل، بحسب الوكالة الوطنية لإدارة الكوارث.',
      'وقال المتحدث باسم الوكالة إن سكان جزيرة بالي المجاورة شعروا بالهزة، وإن فرق الإنقاذ تبحث عن ناجين تحت الأنقاض في شمال الجزيرة.',
      'وأصدرت السلطات تحذيرا من موجات تسونامي ثم رفعته بعد ساعات، فيما فر آلاف السياح من الفنادق إلى المرتفعات.'
    ]
  },
  {
    id: 'quake-second',
    title: 'مقتل 82 شخصا في زلزال لومبوك',
    date: '2018-08-05T18:30:00Z',
    outlet: 'قناة ب',
    actors: [lombok],
    paragraphs: [
      'لقي 82 شخصا على الأقل مصرعهم جراء زلزال عنيف بلغت قوته 7 درجات ضرب جزيرة لومبوك الإندونيسية، وفق حصيلة أولية أعلنتها هيئة إدارة الكوارث.',
      'وأفادت الهيئة بأن الزلزال دمر مئات المنازل والمساجد في شمال لومبوك، وأن فرق الإنقاذ لا تزال تبحث عن ناجين تحت الأنقاض.',
      'وشعر سكان جزيرة بالي بالهزة القوية، وأطلقت السلطات إنذارا من تسونامي قبل أن تلغيه، بينما غادر سياح كثيرون الجزيرة على متن العبارات.',
      'وكانت لومبوك قد تعرضت لزلزال آخر قبل أسبوع أودى بحياة 17 شخصا وحاصر مئات المتسلقين على بركان رينجاني.'
    ]
  },
  {
    id: 'quake-toll',
    title: 'ارتفاع حصيلة قتلى زلزال لومبوك إلى 91',
    date: '2018-08-06T09:00:00Z',
    outlet: 'موقع ج',
    actors: [lombok, indonesia],
    paragraphs: [
      'ارتفعت حصيلة قتلى الزلزال الذي بلغت قوته 7 درجات وضرب جزيرة لومبوك الإندونيسية إلى 91 قتيلا، بحسب هيئة إدارة الكوارث، بعد أن كانت 82 قتيلا مساء الأحد.',
      'وقالت الهيئة إن آلاف المنازل تضررت في شمال الجزيرة، وإن فرق الإنقاذ تواصل البحث عن ناجين تحت الأنقاض، فيما نزح أكثر من عشرين ألف شخص.',
      'وغادر آلاف السياح جزيرة لومبوك وجزر جيلي القريبة بعد الزلزال الذي شعر به سكان بالي.'
    ]
  },
  {
    id: 'quake-republished',
    title: 'زلزال لومبوك يقتل 82 شخصا',
    date: '2018-08-05T20:00:00Z',
    outlet: 'صحيفة د',
    actors: [lombok],
    // The second outlet's text under another headline, its last paragraph cut.
    paragraphs: [
      'لقي 82 شخصا على الأقل مصرعهم جراء زلزال عنيف بلغت قوته 7 درجات ضرب جزيرة لومبوك الإندونيسية، وفق حصيلة أولية أعلنتها هيئة إدارة الكوارث.',
      'وأفادت الهيئة بأن الزلزال دمر مئات المنازل والمساجد في شمال لومبوك، وأن فرق الإنقاذ لا تزال تبحث عن ناجين تحت الأنقاض.',
      'وشعر سكان جزيرة بالي بالهزة القوية، وأطلقت السلطات إنذارا من تسونامي قبل أن تلغيه، بينما غادر سياح كثيرون الجزيرة على متن العبارات.'
    ]
  },
  {
    id: 'jakarta-games',
    title: 'جاكرتا تستعد لاستضافة دورة الألعاب الآسيوية',
    date: '2018-08-06T11:00:00Z',
    outlet: 'وكالة أ',
    actors: [indonesia],
    paragraphs: [
      'أكملت العاصمة الإندونيسية جاكرتا استعداداتها لاستضافة دورة الألعاب الآسيوية التي تنطلق منتصف الشهر الجاري بمشاركة آلاف الرياضيين.',
      'وقالت اللجنة المنظمة إن الملاعب الجديدة جاهزة، وإن السلطات خصصت مسارات للحافلات لتخفيف الازدحام المروري في المدينة.'
    ]
  },
  {
    id: 'iraq-parliament',
    title: 'البرلمان العراقي يؤجل جلسته الأولى',
    date: '2018-08-05T16:00:00Z',
    outlet: 'قناة ب',
    paragraphs: [
      'أعلنت رئاسة البرلمان العراقي تأجيل الجلسة الأولى للمجلس الجديد إلى حين المصادقة على نتائج الانتخابات التشريعية.',
      'وتنتظر الكتل السياسية قرار المحكمة الاتحادية بشأن إعادة العد اليدوي للأصوات في عدد من المحافظات.'
    ]
  },
  {
    id: 'quake-rebuilding',
    title: 'بدء إعادة إعمار المنازل في لومبوك بعد الزلزال',
    date: '2018-08-25T10:00:00Z',
    outlet: 'موقع ج',
    actors: [lombok],
    paragraphs: [
      'بدأت السلطات الإندونيسية إعادة إعمار آلاف المنازل التي دمرها الزلزال الذي ضرب جزيرة لومبوك وبلغت قوته 7 درجات قبل ثلاثة أسابيع.',
      'وقالت هيئة إدارة الكوارث إن عدد النازحين تراجع، وإن فرق الإنقاذ أنهت البحث عن ناجين تحت الأنقاض.'
    ]
  }
]
