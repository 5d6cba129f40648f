/** `text` without its first `count` letters and the marks on them: `وَبومبيو`, 1 → `بومبيو`. */
export function stripLetters(text: string, count: number): string {
  let index = 0
  for (let letters = 0; letters < count && index < text.length; letters++) {
    index++
    while (index < text.length && /[\p{M}\u0640]/u.test(text[index])) index++
  }
  return text.slice(index)
}
