/**
 * Problems found while ingesting, as data. A formatter turns them into the
 * one-line reports the CLI prints; only errors make `--strict` fail.
 */

export type Severity = 'error' | 'warning'

export interface IngestMessage {
  severity: Severity
  /** Stable identifier of the kind of problem, e.g. `invalid-date`. */
  code: string
  /** Path of the input file, relative to the working directory. */
  file: string
  /** 1-based line in the file, when the problem has one (JSONL records). */
  line?: number
  /** What is wrong, and where possible what to do about it. */
  reason: string
}

/** A problem that stops one input (a file or a JSONL record) from ingesting. */
export class IngestError extends Error {
  readonly code: string
  readonly line: number | undefined

  constructor(code: string, reason: string, line?: number) {
    super(reason)
    this.name = 'IngestError'
    this.code = code
    this.line = line
  }
}

/** Turn any thrown value into a message about `file`. */
export function errorToMessage(error: unknown, file: string, line?: number): IngestMessage {
  if (error instanceof IngestError) {
    return {severity: 'error', code: error.code, file, line: error.line ?? line, reason: error.message}
  }
  const reason = error instanceof Error ? error.message : String(error)
  return {severity: 'error', code: 'internal', file, line, reason: `unexpected failure: ${reason}`}
}

/** `seeds/a.jsonl:12: error: invalid date …  [invalid-date]` */
export function formatMessage(message: IngestMessage): string {
  const place = message.line === undefined ? message.file : `${message.file}:${message.line}`
  return `${place}: ${message.severity}: ${message.reason}  [${message.code}]`
}
