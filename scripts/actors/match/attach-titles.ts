import {firstWordReadings} from './first-word-readings.ts'
import {GENERIC_TITLES} from './titles.ts'

/**
 * Where a person's mention starts once the titles right before the name
 * are counted in: `اللواء المتقاعد خليفة حفتر` → the token of `اللواء`.
 *
 * Titles chain leftwards (`الفريق أول الركن`) from `nameStart`, never past
 * `floor` (the end of the previous mention). Inside a chain every word is
 * bare; the leftmost may carry proclitics (`والرئيس ترامب`,
 * `للرئيس ترامب`), and then the chain stops there.
 *
 * @param normalized The block's normalized tokens.
 * @param actorTitles The actor's own titles (normalized tokens), if any.
 */
export function attachTitles(normalized: string[], nameStart: number, floor: number, actorTitles: string[][] = []): number {
  const titles = actorTitles.length > 0 ? [...actorTitles, ...GENERIC_TITLES] : GENERIC_TITLES
  /** The stems of a word with proclitics stripped, by token index, computed once. */
  const stripped = new Map<number, Set<string>>()
  const strippedStems = (at: number) => {
    let stems = stripped.get(at)
    if (!stems) {
      stems = new Set(firstWordReadings(normalized[at]).filter(({prefix}) => prefix !== '').map(({stem}) => stem))
      stripped.set(at, stems)
    }
    return stems
  }
  let start = nameStart
  for (;;) {
    let longest = 0
    let clitic = false
    for (const title of titles) {
      const at = start - title.length
      if (title.length <= longest || at < floor) continue
      if (!title.every((word, offset) => offset === 0 || normalized[at + offset] === word)) continue
      if (normalized[at] === title[0]) {
        longest = title.length
        clitic = false
      } else if (strippedStems(at).has(title[0])) {
        longest = title.length
        clitic = true
      }
    }
    if (longest === 0) return start
    start -= longest
    if (clitic) return start
  }
}
