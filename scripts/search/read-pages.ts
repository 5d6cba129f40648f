import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {readFileBatches} from '../../src/shared/file-batches.ts'
import {readPage, type SearchPage} from './read-page.ts'

/** A searchable page of the built site: its path under `dist` and what it gives the index. */
export interface ReadPage {
  file: string
  page: SearchPage
}

/** Read and parse one batch of pages (relative to `dist`): `null` where a page is not searchable. */
export async function readPageBatch(dist: string, files: string[]): Promise<Array<SearchPage | null>> {
  const htmls = await Promise.all(files.map((file) => readFile(path.join(dist, file), 'utf8')))
  return htmls.map((html) => readPage(html) ?? null)
}

/**
 * The searchable pages among `files` (relative to `dist`), in the order
 * of `files`, parsed on every core for large sites.
 */
export async function readPages(dist: string, files: string[], options: {workers?: number} = {}): Promise<ReadPage[]> {
  const pages = await readFileBatches(dist, files, {
    read: readPageBatch,
    worker: new URL('./read-pages-worker.ts', import.meta.url),
    workers: options.workers
  })
  const read: ReadPage[] = []
  pages.forEach((page, index) => page && read.push({file: files[index], page}))
  return read
}
