import path from 'node:path'
import * as pagefind from 'pagefind'

export interface IndexResult {
  pages: number
  seconds: number
}

/**
 * Build the Pagefind index of a built site in `<dist>/pagefind/`.
 * Pages mark what is searchable with `data-pagefind-body`.
 */
export async function buildSearchIndex(dist: string): Promise<IndexResult> {
  const started = performance.now()
  try {
    const {index, errors} = await pagefind.createIndex({forceLanguage: 'ar'})
    if (!index) throw new Error(errors.join('\n'))
    const added = await index.addDirectory({path: dist})
    if (added.errors.length > 0) throw new Error(added.errors.join('\n'))
    const written = await index.writeFiles({outputPath: path.join(dist, 'pagefind')})
    if (written.errors.length > 0) throw new Error(written.errors.join('\n'))
    return {pages: added.page_count, seconds: (performance.now() - started) / 1000}
  } catch (error) {
    throw new Error('Failed to run Pagefind.', {cause: error})
  } finally {
    await pagefind.close()
  }
}
