/** A derived title is cut to its first clause beyond this many words. */
const MAX_WORDS = 16

/**
 * A title from the article's lead: its first sentence with a word or a
 * number in it; if that is long, the first clause (up to an Arabic comma);
 * if still long, the first `MAX_WORDS` words and an ellipsis.
 */
export function deriveTitle(lead: string): string {
  const sentences = lead.split(/(?<=[.!?؟])\s/).map((sentence) => sentence.replace(/[.!؟?]+$/, '').trim())
  const sentence = sentences.find((candidate) => /[\p{L}\p{N}]/u.test(candidate)) ?? lead.trim()
  if (countWords(sentence) <= MAX_WORDS) return sentence
  const clause = sentence.split(/[،؛,:]/)[0].trim()
  if (countWords(clause) <= MAX_WORDS && countWords(clause) >= 4) return clause
  return `${sentence.split(' ').slice(0, MAX_WORDS).join(' ')}…`
}

function countWords(text: string): number {
  return text.split(' ').filter(Boolean).length
}
