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
    // A bare letter at the end of a word carries a sukun (spelling-marks.ts).
    {word: 'وبريطانيا', lexicon: {'bريطانيا': 30, 'wbريطانيا': 5}, token: 'w.bريطانيا\u0652'},
    // The stem is in the archive, but rarely beside the whole word: a first letter, not a proclitic.
    {word: 'كانت', lexicon: {'kانت': 5000, 'انت': 20}, token: 'kانت'},
    // Too short to be a stem after a conjunction.
    {word: 'ولد', lexicon: {'لد': 100, 'wلد': 10}, token: 'wlد'},
    // The article left on a two-letter stem reads off the same way.
    {word: 'الدم', lexicon: {'دم': 10, 'aدم': 10}, token: 'a.دم'},
    // ل before a word that begins with ل drops the article's lam too: للجنة is ل + اللجنة (lجنه) or ل + الجنة (جنه).
    {word: 'للجنة', lexicon: {'lجنه': 40, 'جنه': 5}, token: 'l.جنه\u064E'},
    {word: 'وللجنة', lexicon: {'lجنه': 40}, token: 'l.جنه\u064E'},
    {word: 'لليبيا', lexicon: {'lيبيا': 40}, token: 'l.يبيا\u0652'},
    // Only where the archive has the term with the lam.
    {word: 'للمرة', lexicon: {'مره': 40}, token: 'مره\u064E'}
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
    {query: '  وزير   الخارجية ', terms: 'wزير خارجيه\u064E'},
    {query: 'كتاب،مدرسة', terms: 'kتاب مدرسه\u064E'},
    {query: '«بركان الغضب»', terms: '"bركان غضب"'},
    {query: '"وزير الخارجية"', terms: '"wزير خارجيه\u064E"'},
    {query: '"وزير"', terms: 'wزير'},
    {query: '٢٠١٨', terms: '2018'},
    {query: '، ؟ !', terms: ''}
  ])('$query → $terms', ({query, terms}) => {
    expect(queryToTerms(query)).toBe(terms)
  })

  test.each([
    // Each letter written as a variant keeps a sign naming the variant; a bare letter ending the word a sukun.
    {query: 'مسؤول', terms: 'مسء\u064Eول'},
    {query: 'مسئول', terms: 'مسء\u0650ول'},
    {query: 'أمن', terms: 'ا\u064Eمن'},
    {query: 'إعلام', terms: 'ا\u0650علام'},
    {query: 'آمن', terms: 'ا\u064Fمن'},
    {query: 'امن', terms: 'امن'},
    {query: 'مستشفى', terms: 'مستشفي\u064E'},
    {query: 'مستشفي', terms: 'مستشفي\u0652'},
    // A query's final ه is read as ة (typed for it far more often than searched as a pronoun).
    {query: 'مدرسه', terms: 'مدرسه\u064E'},
    {query: 'مدرسة', terms: 'مدرسه\u064E'}
  ])('spelling signs: $query → $terms', ({query, terms}) => {
    expect(queryToTerms(query)).toBe(terms)
  })

  test('an index word ending in ه keeps it as written', () => {
    expect(ANALYZERS.proclitics.index('كتابه', new Map())).toBe('kتابه\u0652')
    expect(ANALYZERS.proclitics.index('كتابة', new Map())).toBe('kتابه\u064E')
  })

  test('the stock-like analyzers keep what they do not fold', () => {
    expect(queryToTerms('والجيش', 'normalize')).toBe('والجيش')
    expect(queryToTerms('والجيش', 'article')).toBe('جيش')
    expect(queryToTerms('المسؤولين', 'light')).toBe('مسءول')
  })
})
