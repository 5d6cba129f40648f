import type {IngestMessage} from './messages.ts'

/**
 * Report messages in input order although articles finish out of order on
 * worker threads: item `n`'s messages go out once items `0…n-1` are settled.
 * Keeps the CLI's output the same from run to run.
 */
export function orderedReporter(report: (message: IngestMessage) => void) {
  const waiting = new Map<number, IngestMessage[]>()
  let next = 0

  return {
    settle(sequence: number, messages: IngestMessage[] = []): void {
      waiting.set(sequence, messages)
      while (waiting.has(next)) {
        waiting.get(next)?.forEach(report)
        waiting.delete(next)
        next++
      }
    }
  }
}
