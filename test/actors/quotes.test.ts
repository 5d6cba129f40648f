import {describe, expect, test} from 'vitest'
import {extractActors} from '../../scripts/actors/extract-actors.ts'
import {extract, testIndex} from './fixtures.ts'

const quotesOf = (text: string) => extract(text).quotes

describe('reported speech with its speaker', () => {
  test.each([
    {
      why: 'a reported clause after إن, the speaker named after titles and a job',
      text: 'وقال وزير الخارجية الأميركي مايك بومبيو في بيان إن واشنطن "تشعر بقلق عميق" وتحث على الحوار.',
      expected: [{actor: 'mike-pompeo', verb: 'قال', text: 'واشنطن "تشعر بقلق عميق" وتحث على الحوار'}]
    },
    {
      why: 'a quotation right after the speaker (وأضاف بومبيو "…")',
      text: 'وأضاف بومبيو "لقد أوضحنا اعتراضنا على الهجوم".',
      expected: [{actor: 'mike-pompeo', verb: 'أضاف', text: 'لقد أوضحنا اعتراضنا على الهجوم'}]
    },
    {
      why: 'words after a colon',
      text: 'وقال ترامب: نحن مستعدون للحوار.',
      expected: [{actor: 'donald-trump', verb: 'قال', text: 'نحن مستعدون للحوار'}]
    },
    {
      why: 'a country as the speaker',
      text: 'وقالت روسيا إن البيان منحاز.',
      expected: [{actor: 'russia', verb: 'قالت', text: 'البيان منحاز'}]
    },
    {
      why: 'an organization after باسم',
      text: 'وأكد المتحدث باسم الخارجية الروسية أن موسكو سترد.',
      expected: [{actor: 'russian-foreign-ministry', verb: 'أكد', text: 'موسكو سترد'}]
    },
    {
      why: 'a present-tense verb, the clause ending at the sentence',
      text: 'ويقول ترامب إنه لا يريد الحرب. ثم غادر.',
      expected: [{actor: 'donald-trump', verb: 'يقول', text: 'لا يريد الحرب'}]
    }
  ])('$why', ({text, expected}) => {
    expect(quotesOf(text)).toEqual(expected)
  })

  test('a verb without a subject continues the previous speaker, in the next paragraph too', () => {
    expect(quotesOf('قال جيريمي هنت إن الهجوم غير مبرر.\nوأضاف في تغريدة على تويتر أنه سيبحث الوضع مع شركائه.')).toEqual([
      {actor: 'jeremy-hunt', verb: 'قال', text: 'الهجوم غير مبرر'},
      {actor: 'jeremy-hunt', verb: 'أضاف', text: 'سيبحث الوضع مع شركائه'}
    ])
  })

  test('a verb after its subject takes the actor named right before it, and does not continue the previous speaker', () => {
    expect(quotesOf('من جهته، بومبيو قال إن الحرب انتهت.\nوكانت وثائق نشرها المكتب قالت إن المستشار كان يتآمر.')).toEqual([
      {actor: 'mike-pompeo', verb: 'قال', text: 'الحرب انتهت'}
    ])
  })

  test('a participle (قائلا) continues the speaker of its paragraph', () => {
    expect(quotesOf('وأكد بومبيو دعم بلاده، قائلا "سنبقى إلى جانبكم".')).toEqual([
      {actor: 'mike-pompeo', verb: 'قائلا', text: 'سنبقى إلى جانبكم'}
    ])
  })
})

describe('no quote', () => {
  test.each([
    {why: 'a subject that is no actor', text: 'وقال مصدر دبلوماسي إن روسيا اعترضت على البيان.'},
    {why: 'a verb continuing a speaker who is no actor', text: 'وأوضح المصدر الدبلوماسي أن روسيا رفضت.\nوأفاد بأن مشروع البيان سقط.'},
    {why: 'a verb with an object, not reported words', text: 'وأعلن بومبيو انطلاق المحادثات.'},
    {why: 'a place that is where, not who', text: 'وقال مسؤول في طرابلس إن الوضع هادئ.'},
    {why: 'a name governed by a preposition', text: 'وقال لروسيا إن عليها الانسحاب.'},
    {why: 'a verb after its subject that is no actor', text: 'وكانت وثائق نشرها المكتب قالت إن المستشار كان يتآمر.'},
    {why: 'a participle with no speaker in its paragraph', text: 'قال هنت إن الوضع خطير.\nوأكد المتحدث عدم التوصل للهدنة، قائلا "لا نزال نأمل".'}
  ])('$why', ({text}) => {
    expect(quotesOf(text)).toEqual([])
  })

  test('headings hold no reported speech', () => {
    const {quotes} = extractActors([{text: 'قال ترامب إن الحرب انتهت', heading: true}], {index: testIndex})
    expect(quotes).toEqual([])
  })
})

test('a verb inside a quotation belongs to the quoted words', () => {
  expect(quotesOf('وقال بومبيو: "قال ترامب إن الاتفاق سيئ".')).toEqual([
    {actor: 'mike-pompeo', verb: 'قال', text: 'قال ترامب إن الاتفاق سيئ'}
  ])
})
