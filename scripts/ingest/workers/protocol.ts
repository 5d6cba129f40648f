import type {FoundName} from '../../actors/archive/archive-names.ts'
import type {Registry} from '../../actors/registry/load-registry.ts'
import type {IngestMessage} from '../messages.ts'
import type {RawArticle} from '../read/raw-article.ts'

/** One article for a worker: process it and write it to `target`. */
export interface ArticleTask {
  /** Position in the run, so results can be reported in input order. */
  sequence: number
  raw: RawArticle
  target: string
}

export type ArticleOutcome =
  | {sequence: number; ok: true; titleOnly: boolean; found: FoundName[]; markdownSha256: string; warnings: IngestMessage[]}
  | {sequence: number; ok: false; error: IngestMessage}

/** A write failure is not the seed's fault: the worker reports it and the run stops. */
export interface FatalOutcome {
  fatal: string
}

/** What a worker gets when it starts. */
export interface WorkerSetup {
  /** The actor registry, already loaded and validated. */
  registry?: Registry
}
