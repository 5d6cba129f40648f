import type {VFile} from 'vfile'

/** What one cleaning rule removed, kept so tests can prove nothing else went. */
export interface RemovedBlock {
  rule: string
  text: string
  /** Input line of the block, when known. */
  line?: number
}

declare module 'vfile' {
  interface DataMap {
    /** Per rule, how many changes it made (characters, blocks or words). */
    cleaning: Record<string, number>
    /** Blocks a rule dropped from the body, in order. */
    removed: RemovedBlock[]
    /** Attribution lines (`المصدر: …`) moved out of the body. */
    source: string[]
  }
}

/** Add `count` changes to `rule`'s tally; zero counts are not recorded. */
export function countChanges(file: VFile, rule: string, count = 1): void {
  if (count === 0) return
  const cleaning = (file.data.cleaning ??= {})
  cleaning[rule] = (cleaning[rule] ?? 0) + count
}

/** Record a dropped block and count it. */
export function recordRemoval(file: VFile, removed: RemovedBlock): void {
  ;(file.data.removed ??= []).push(removed)
  countChanges(file, removed.rule)
}
