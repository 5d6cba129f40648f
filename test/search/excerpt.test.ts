import {expect, test} from 'vitest'
import {buildExcerpt} from '../../src/shared/search/excerpt.ts'

const at = (...locations: number[]) => locations.map((location) => ({location, weight: 1, balanced_score: 1}))

test('marks the matched words of the original text, punctuation and all around them', () => {
  const text = 'انسحب والجيش من المدينة، وقال "الجيش" إنه سيعود.'
  expect(buildExcerpt(text, at(1, 5))).toEqual({
    html: 'انسحب <mark>والجيش</mark> من المدينة، وقال &quot;<mark>الجيش</mark>&quot; إنه سيعود.',
    words: ['والجيش', 'الجيش']
  })
})

test('a long text is cut to the densest window of matches, with ellipses where it is cut', () => {
  const words = Array.from({length: 100}, (_, i) => `كلمة${i}`)
  const {html} = buildExcerpt(words.join(' '), at(60, 62), {length: 10})
  expect(html).toBe(`… ${words.slice(57, 67).join(' ').replace('كلمة60', '<mark>كلمة60</mark>').replace('كلمة62', '<mark>كلمة62</mark>')} …`)
})

test('escapes text that looks like markup', () => {
  expect(buildExcerpt('نص <b>عريض</b> هنا', at(2)).html).toBe('نص &lt;b&gt;<mark>عريض</mark>&lt;/b&gt; هنا')
})

test('positions beyond the text are ignored, and no match gives the start of the text', () => {
  expect(buildExcerpt('كلمة واحدة', at(7))).toEqual({html: 'كلمة واحدة', words: []})
  expect(buildExcerpt('', [])).toEqual({html: '', words: []})
})

test('the headline is left out when the body matches too, since a result shows it above the excerpt', () => {
  const title = 'الجيش يعود إلى المدينة'
  const body = Array.from({length: 40}, (_, i) => (i === 20 ? 'الجيش' : `كلمة${i}`))
  const text = `${title}\n${body.join(' ')}`
  const {html, words} = buildExcerpt(text, at(0, 4 + 20), {skip: 4, length: 10})
  expect(html).toMatch(/^… كلمة\d+ /)
  expect(html).not.toContain('يعود')
  expect(html).toContain('<mark>الجيش</mark>')
  expect(words).toEqual(['الجيش'])
  // A match near the body's start: the excerpt opens the body, without an ellipsis.
  expect(buildExcerpt(text, at(0, 4 + 1), {skip: 4, length: 10}).html).toMatch(/^كلمة0 <mark>كلمة1<\/mark>/)
  // Only the headline matches: it is the excerpt.
  expect(buildExcerpt(text, at(0), {skip: 4, length: 10}).html).toMatch(/^<mark>الجيش<\/mark> يعود/)
})
