import {describe, expect, test} from 'vitest'
import {remarkDetectSubheadings} from '../../../scripts/ingest/clean/remark-detect-subheadings.ts'
import {remarkDropAppPromos} from '../../../scripts/ingest/clean/remark-drop-app-promos.ts'
import {remarkDropRelatedLinks} from '../../../scripts/ingest/clean/remark-drop-related-links.ts'
import {remarkDropRepeatedParagraphs} from '../../../scripts/ingest/clean/remark-drop-repeated-paragraphs.ts'
import {remarkExtractAttribution} from '../../../scripts/ingest/clean/remark-extract-attribution.ts'
import {runRules} from '../../helpers/clean.ts'

const p1 = 'دعت الولايات المتحدة الأحد إلى وقف العمليات العسكرية على طرابلس.'
const p2 = 'وقال وزير الخارجية الأميركي مايك بومبيو في بيان إن واشنطن تشعر بقلق عميق.'
const p3 = 'وأضاف بومبيو أن المحادثات ستركز على تشجيع ضبط النفس وتجنب سفك الدماء.'

describe('remarkDropRepeatedParagraphs', () => {
  test('a block repeated in a row is kept once, in order, with what follows', () => {
    const result = runRules(remarkDropRepeatedParagraphs, [p1, p2, p1, p2, p3])
    expect(result.blocks).toEqual([p1, p2, p3])
    expect(result.removed).toEqual([p1, p2])
    expect(result.cleaning).toEqual({dropRepeatedParagraphs: 2})
  })

  test('an exact repeat later in the article goes too', () => {
    expect(runRules(remarkDropRepeatedParagraphs, [p1, p2, p3, p1]).blocks).toEqual([p1, p2, p3])
  })

  test('paragraphs that only resemble each other stay', () => {
    const similar = p1.replace('الأحد', 'الاثنين')
    expect(runRules(remarkDropRepeatedParagraphs, [p1, similar]).blocks).toEqual([p1, similar])
  })
})

describe('remarkDropRelatedLinks', () => {
  test.each([
    'اقرأ أيضا: الصليب الأحمر: المساعدات أقل من الحاجة',
    'اقرأ أيضاً| أول تعليق من محمد بن سلمان',
    'إقرأ أيضا: اختفاء خاشقجي.. السعودية تتوعد',
    'للمزيد: ضربات جوية تستهدف مطار التيفور',
    'للمزيد، كنوز نجل رئيس غينيا الاستوائية تحت عيون القضاء',
    'شاهد.. لحظة دخول قوات أمريكية قاعة دراسية',
    'شاهد أيضا: تقرير عن الأزمة',
    'قد يهمك| ترامب يعلق على الأزمة',
    'لقراءة التصريحات كاملة اضغط على العنوان التالي:'
  ])('drops %s', (line) => {
    const result = runRules(remarkDropRelatedLinks, [p1, line, p2])
    expect(result.blocks).toEqual([p1, p2])
    expect(result.removed).toEqual([line])
  })

  test.each([
    'شاهد عيان قال إن القصف استمر ساعات.',
    'وللمزيد من التفاصيل عاد الوزير إلى البرلمان.',
    'اقرأ التقرير كاملا على موقع الوزارة.'
  ])('keeps text that only starts like a link: %s', (line) => {
    expect(runRules(remarkDropRelatedLinks, [p1, line]).blocks).toEqual([p1, line])
  })

  test('a bare marker takes the headlines under it, not the paragraph after', () => {
    const result = runRules(remarkDropRelatedLinks, [
      p1,
      'اقرأ أيضاً:',
      'أزمة كوريا الشمالية في سطور',
      'مدير سي آي إيه اجتمع سرا مع زعيم كوريا الشمالية',
      p2
    ])
    expect(result.blocks).toEqual([p1, p2])
    expect(result.cleaning).toEqual({dropRelatedLinks: 3})
  })
})

describe('remarkDropAppPromos', () => {
  const promo = 'يمكنكم تسلم إشعارات بأهم الموضوعات بعد تحميل أحدث نسخة من تطبيق بي بي سي عربي على هاتفكم المحمول.'

  test('drops an invitation to install the app, and the separator line above it', () => {
    const result = runRules(remarkDropAppPromos, [p1, p2, '\\-------------------------------', promo])
    expect(result.blocks).toEqual([p1, p2])
    expect(result.cleaning).toEqual({dropAppPromos: 2})
  })

  test('keeps a separator with no invitation after it, and text about an app', () => {
    const about = 'ووضع الهلال الأحمر السعودي تطبيق "أسعفني" لمساعدة الحجاج.'
    const result = runRules(remarkDropAppPromos, [p1, '-----', p2, about])
    expect(result.blocks).toEqual([p1, '-----', p2, about])
  })
})

describe('remarkExtractAttribution', () => {
  test.each([
    {line: 'المصدر : الجزيرة + وكالات', source: 'الجزيرة + وكالات'},
    {line: 'المصدر: سكاي نيوز عربية', source: 'سكاي نيوز عربية'},
    {line: '* نقلا عن "الخليج" الإماراتية', source: '"الخليج" الإماراتية'},
    {line: '*نقلاً عن صحيفة "الأنباء" الكويتية', source: 'صحيفة "الأنباء" الكويتية'}
  ])('moves `$line` to source', ({line, source}) => {
    const result = runRules(remarkExtractAttribution, [p1, p2, line])
    expect(result.blocks).toEqual([p1, p2])
    expect(result.source).toEqual([source])
  })

  test.each([
    'المصدر الدبلوماسي أكد أن الولايات المتحدة رفضت أي صيغة للبيان.',
    'ونقلا عن مصادر مطلعة قال التقرير إن المفاوضات بين الطرفين تعثرت مجددا بعد أسابيع من المحادثات المكثفة.'
  ])('keeps sentences: %s', (line) => {
    expect(runRules(remarkExtractAttribution, [p1, line]).blocks).toEqual([p1, line])
  })
})

describe('remarkDetectSubheadings', () => {
  test('a short unpunctuated line between paragraphs becomes `##`', () => {
    const result = runRules(remarkDetectSubheadings, [p1, p2, 'إجلاء الجرحى', p3])
    expect(result.blocks).toEqual([p1, p2, '## إجلاء الجرحى', p3])
    expect(result.cleaning).toEqual({detectSubheadings: 1})
  })

  test.each([
    {name: 'the lead line', lines: ['إجلاء الجرحى', p1, p2]},
    {name: 'the last line', lines: [p1, p2, 'إجلاء الجرحى']},
    {name: 'a line ending in punctuation', lines: [p1, 'وقال الوزير:', p2]},
    {name: 'a run of short lines', lines: [p1, 'السطر الأول', 'السطر الثاني', p2]},
    {name: 'a line without Arabic', lines: [p1, 'Reuters 2018', p2]},
    {name: 'a quote ending inside its quotation marks', lines: [p1, 'وأضاف: "لقد عمل بجهد."', p2]},
    {name: 'a headline with a colon', lines: [p1, 'محلل أمريكي: روسيا بدلت خطتها', p2]}
  ])('not $name', ({lines}) => {
    expect(runRules(remarkDetectSubheadings, lines).blocks.some((block) => block.startsWith('## '))).toBe(false)
  })

  test('maxWords option', () => {
    const line = 'معارك عنيفة قرب العاصمة'
    expect(runRules([[remarkDetectSubheadings, {maxWords: 3}]], [p1, line, p2]).blocks[1]).toBe(line)
    expect(runRules([[remarkDetectSubheadings, {maxWords: 4}]], [p1, line, p2]).blocks[1]).toBe(`## ${line}`)
  })
})
