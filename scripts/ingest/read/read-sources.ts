import {errorToMessage, type IngestMessage} from '../messages.ts'
import type {RawArticle} from './raw-article.ts'
import {readJsonl} from './read-jsonl.ts'
import {readMarkdown} from './read-markdown.ts'
import {readTxt} from './read-txt.ts'
import type {SourceFile} from './list-sources.ts'

/** An article read from a source, or the error that stopped one. */
export type SourceItem = {article: RawArticle; error?: undefined} | {article?: undefined; error: IngestMessage}

/**
 * Every article of every source, in order. A file that cannot be read
 * yields one error and the next file is read; a bad JSONL line yields one
 * error and the next line is read.
 */
export async function* readSources(sources: SourceFile[]): AsyncGenerator<SourceItem> {
  for (const source of sources) {
    try {
      if (source.kind === 'jsonl') {
        for await (const record of readJsonl(source.path)) {
          yield record.article ? {article: record.article} : {error: errorToMessage(record.error, source.path)}
        }
      } else {
        yield {article: source.kind === 'txt' ? await readTxt(source.path) : await readMarkdown(source.path)}
      }
    } catch (error) {
      yield {error: errorToMessage(error, source.path)}
    }
  }
}
