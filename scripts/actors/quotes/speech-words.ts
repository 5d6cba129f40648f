import {normalizeArabic} from '../../../src/shared/arabic/normalize.ts'

const normalizedSet = (words: string) => new Set(words.split(/\s+/).filter(Boolean).map((word) => normalizeArabic(word)))

/**
 * Verbs that report speech, past and present, masculine and feminine,
 * normalized. A leading و or ف is stripped before lookup (`وأضاف`).
 */
export const REPORTING_VERBS = normalizedSet(`
  قال قالت يقول تقول أضاف أضافت يضيف تضيف أكد أكدت يؤكد تؤكد أوضح أوضحت أفاد أفادت
  صرح صرحت أعلن أعلنت تابع تابعت شدد شددت أشار أشارت
`)

/**
 * Adverbial participles that continue the speech of the sentence's
 * speaker (`…، قائلا "…"`): they have no subject of their own.
 */
export const CONTINUING_PARTICIPLES = normalizedSet('قائلا قائلة مضيفا مضيفة مؤكدا مؤكدة موضحا موضحة مشيرا مشيرة')

/** Words that open reported speech: `إن`, `أن`, `بأن`, and with a pronoun (`إنه`, `أنها`). */
export const COMPLEMENTIZERS = normalizedSet(`
  إن أن بأن إنه أنه بأنه إنها أنها بأنها إنهم أنهم بأنهم إننا أننا بأننا إني أني
`)

/**
 * Prepositions and adverbs that can follow a reporting verb when it has no
 * subject of its own (`وأضاف في بيان أن …`): the speaker is the previous one.
 */
export const NOT_SUBJECTS = normalizedSet('في عن على خلال عبر أمام لدى إلى من مع أيضا كذلك بدوره بدورها')

/** Words that may open a sentence before a reporting verb without being its subject. */
export const CONNECTIVES = normalizedSet('كما ثم لكن لكنه لكنها بينما فيما حيث وقد قد كذلك بدوره بدورها من جهته جهتها جانبه جانبها ومن')

/** Opening quotation marks and the mark that closes each. */
export const QUOTE_MARKS: ReadonlyMap<string, string> = new Map([
  ['"', '"'],
  ['«', '»'],
  ['“', '”'],
  ['”', '”']
])

/** Punctuation that ends a sentence. */
export const SENTENCE_ENDS = new Set(['.', '؟', '?', '!', '…'])
