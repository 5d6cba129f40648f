import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import type {ArticleActor} from '../../../src/shared/schemas/actor.ts'
import {remarkCollectActorSentences, type Options} from '../../../src/site/markdown/remark-collect-actor-sentences.ts'
import {remarkCollectLead, type Options as LeadOptions} from '../../../src/site/markdown/remark-collect-lead.ts'
import {excerptAround, sentenceSpans} from '../../../src/site/markdown/sentences.ts'

const actor = (id: string, forms: string[]): ArticleActor => ({id, name: forms[0], type: 'person', mentions: 1, forms})

function collect(markdown: string, actors: ArticleActor[], options?: Options) {
  const file = new VFile({value: markdown, data: {astro: {frontmatter: {actors}}}})
  const processor = unified().use(remarkParse).use(remarkCollectActorSentences, options)
  processor.runSync(processor.parse(file), file)
  return file.data.astro?.frontmatter?.actorSentences
}

describe('sentenceSpans', () => {
  test.each([
    ['قال بومبيو. وأضاف لافروف.', ['قال بومبيو.', 'وأضاف لافروف.']],
    ['هل انتهى؟ نعم!', ['هل انتهى؟', 'نعم!']],
    ['ارتفع بنسبة 3.5 في المئة. ثم هبط', ['ارتفع بنسبة 3.5 في المئة.', 'ثم هبط']],
    ['قال: "انتهى الأمر." وغادر', ['قال: "انتهى الأمر."', 'وغادر']],
    ['سطر أول\nسطر ثان', ['سطر أول', 'سطر ثان']]
  ])('%s → $1', (text, expected) => {
    expect(sentenceSpans(text).map((span) => text.slice(span.start, span.end))).toEqual(expected)
  })
})

describe('excerptAround', () => {
  test('a short sentence is kept whole', () => {
    expect(excerptAround('قال حفتر كلاما', 4, 8)).toBe('قال حفتر كلاما')
  })

  test('a long sentence is cut at spaces around the mention', () => {
    const sentence = `${'كلمة '.repeat(40)}حفتر${' نص'.repeat(40)}`
    const start = sentence.indexOf('حفتر')
    const excerpt = excerptAround(sentence, start, start + 4, 60)
    expect(excerpt).toContain('حفتر')
    expect(excerpt.startsWith('… كلمة')).toBe(true)
    expect(excerpt.endsWith('نص …')).toBe(true)
    expect(excerpt.length).toBeLessThanOrEqual(60 + 4)
  })
})

describe('remarkCollectActorSentences', () => {
  test('stores the first sentence mentioning each actor, skipping headings', () => {
    const markdown = '## حفتر في العنوان\n\nبدأ الهجوم. وقال حفتر إن قواته تتقدم. ثم قال حفتر شيئا آخر.\n\nوفي بطرابلس هدوء.'
    expect(collect(markdown, [actor('haftar', ['حفتر']), actor('tripoli', ['بطرابلس'])])).toEqual({
      haftar: 'وقال حفتر إن قواته تتقدم.',
      tripoli: 'وفي بطرابلس هدوء.'
    })
  })

  test('an actor never mentioned in a paragraph gets no sentence', () => {
    expect(collect('نص بلا أسماء.', [actor('haftar', ['حفتر'])])).toEqual({})
  })

  test('option `maxLength` cuts long sentences', () => {
    const markdown = `${'كلمة '.repeat(30)}حفتر${' نص'.repeat(30)}.`
    const sentence = collect(markdown, [actor('haftar', ['حفتر'])], {maxLength: 40})?.haftar as string
    expect(sentence).toContain('حفتر')
    expect(sentence.length).toBeLessThanOrEqual(44)
  })
})

describe('remarkCollectLead', () => {
  const lead = (markdown: string, options?: LeadOptions) => {
    const file = new VFile({value: markdown, data: {astro: {frontmatter: {}}}})
    const processor = unified().use(remarkParse).use(remarkCollectLead, options)
    processor.runSync(processor.parse(file), file)
    return file.data.astro?.frontmatter?.lead
  }

  test('the first paragraph, after any heading', () => {
    expect(lead('## عنوان\n\nالفقرة الأولى.\n\nالثانية.')).toBe('الفقرة الأولى.')
  })

  test('no paragraph: an empty lead', () => {
    expect(lead('## عنوان فقط')).toBe('')
  })

  test('option `maxLength` cuts at a space with an ellipsis', () => {
    expect(lead('كلمة أولى ثانية ثالثة رابعة', {maxLength: 12})).toBe('كلمة أولى …')
  })
})
