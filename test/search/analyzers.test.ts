import {describe, expect, test} from 'vitest'
import {queryToTerms} from '../../src/shared/search/analyze.ts'
import {ANALYZERS, procliticTerm} from '../../src/shared/search/analyzers.ts'

describe('procliticTerm: every form of a word gets one term', () => {
  test.each([
    // The article and what is joined before it is stripped.
    {words: ['الجيش', 'والجيش', 'للجيش', 'بالجيش', 'فالجيش', 'كالجيش', 'وبالجيش', 'جيش'], term: 'جيش'},
    // Letters that may be a conjunction or preposition are spelled with stand-ins, on every form.
    {words: ['وزير', 'الوزير', 'والوزير', 'للوزير'], term: 'wزير'},
    {words: ['بريطانيا', 'البريطانيا'], term: 'bريطانيا'},
    // Letter variants, diacritics and kashida are folded.
    {words: ['مدرسة', 'مدرسه', 'مَدْرَسَة', 'مدرســة'], term: 'مدرسه'},
    {words: ['مسؤول', 'مسئول'], term: 'مسءول'},
    {words: ['مستشفى', 'مستشفي'], term: 'مستشفي'},
    // A word that only looks like article + stem keeps its article, as a stand-in.
    {words: ['ألوف', 'الألوف', 'الوف'], term: 'aوف'},
    {words: ['الله', 'والله', 'لله'], term: 'الله'},
    {words: ['إلى', 'الى'], term: 'الي'}
  ])('$words → $term', ({words, term}) => {
    for (const word of words) expect(procliticTerm(word)).toBe(term)
  })

  test('a word starts the term of its longer forms, so prefix search still finds them', () => {
    expect(procliticTerm('كبيرة').startsWith(procliticTerm('كبير'))).toBe(true)
    expect(procliticTerm('مسؤولين').startsWith(procliticTerm('مسؤول'))).toBe(true)
  })
})

describe('the proclitics index token reads off a conjunction or preposition where the lexicon supports it', () => {
  const index = (word: string, lexicon: Record<string, number>) => ANALYZERS.proclitics.index(word, new Map(Object.entries(lexicon)))

  test.each<{word: string; lexicon: Record<string, number>; token: string}>([
    {word: 'وجيش', lexicon: {'جيش': 40, 'wجيش': 2}, token: 'w.جيش'},
    {word: 'وجيش', lexicon: {'wجيش': 2}, token: 'wجيش'},
    {word: 'وبجيش', lexicon: {'جيش': 40, 'wbجيش': 1}, token: 'w.b.جيش'},
    {word: 'وبريطانيا', lexicon: {'bريطانيا': 30, 'wbريطانيا': 5}, token: 'w.bريطانيا'},
    // The stem is in the archive, but rarely beside the whole word: a first letter, not a proclitic.
    {word: 'كانت', lexicon: {'kانت': 5000, 'انت': 20}, token: 'kانت'},
    // Too short to be a stem after a conjunction.
    {word: 'ولد', lexicon: {'لد': 100, 'wلد': 10}, token: 'wlد'},
    // The article left on a two-letter stem reads off the same way.
    {word: 'الدم', lexicon: {'دم': 10, 'aدم': 10}, token: 'a.دم'},
    // ل before a word that begins with ل drops the article's lam too: للجنة is ل + اللجنة (lجنه) or ل + الجنة (جنه).
    {word: 'للجنة', lexicon: {'lجنه': 40, 'جنه': 5}, token: 'l.جنه'},
    {word: 'وللجنة', lexicon: {'lجنه': 40}, token: 'l.جنه'},
    {word: 'لليبيا', lexicon: {'lيبيا': 40}, token: 'l.يبيا'},
    // Only where the archive has the term with the lam.
    {word: 'للمرة', lexicon: {'مره': 40}, token: 'مره'}
  ])('$word → $token', ({word, lexicon, token}) => {
    expect(index(word, lexicon)).toBe(token)
  })

  test('blind reads off every letter', () => {
    expect(ANALYZERS['proclitics-blind'].index('وزير', new Map())).toBe('w.زير')
  })
})

describe('queryToTerms', () => {
  test.each([
    {query: 'الجيش', terms: 'جيش'},
    {query: '  وزير   الخارجية ', terms: 'wزير خارجيه'},
    {query: 'كتاب،مدرسة', terms: 'kتاب مدرسه'},
    {query: '«بركان الغضب»', terms: '"bركان غضب"'},
    {query: '"وزير الخارجية"', terms: '"wزير خارجيه"'},
    {query: '"وزير"', terms: 'wزير'},
    {query: '٢٠١٨', terms: '2018'},
    {query: '، ؟ !', terms: ''}
  ])('$query → $terms', ({query, terms}) => {
    expect(queryToTerms(query)).toBe(terms)
  })

  test('the stock-like analyzers keep what they do not fold', () => {
    expect(queryToTerms('والجيش', 'normalize')).toBe('والجيش')
    expect(queryToTerms('والجيش', 'article')).toBe('جيش')
    expect(queryToTerms('المسؤولين', 'light')).toBe('مسءول')
  })
})
