import {access, symlink} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {ingestWithReport} from '../cli/ingest.ts'
import {buildSite} from '../site/build-site.ts'

/** The corpus the search evaluation and benchmark use by default (never committed). */
export const DEFAULT_CORPUS = '../shared/corpus/ant-2018-dev.jsonl'

/** Where they build it by default: the corpus site is large, and reused between runs. */
export const DEFAULT_WORK = path.join(tmpdir(), 'arshif-search-corpus')

/** The command-line options that choose the corpus site (for `parseArgs`), shared by the evaluation and the benchmark. */
export const CORPUS_SITE_ARGS = {
  dist: {type: 'string'},
  seeds: {type: 'string', default: DEFAULT_CORPUS},
  work: {type: 'string', default: DEFAULT_WORK},
  'rebuild-site': {type: 'boolean', default: false}
} as const

/** Their help text. */
export const CORPUS_SITE_USAGE = `  --dist <dir>           a site built from the corpus; without it the corpus site is built:
  --seeds <path>         the corpus (default: ${DEFAULT_CORPUS})
  --work <dir>           where to build it, and reuse it (default: ${DEFAULT_WORK})
  --rebuild-site         build the corpus site again (after changing the site's pages)`

export interface CorpusSiteOptions {
  /** The corpus seeds. Default: `DEFAULT_CORPUS`. */
  seeds?: string
  /** Folder for `content/` and `dist/`. Default: `DEFAULT_WORK`. */
  work?: string
  /** Build the site again even if `dist/` exists (after changing the site's pages). Default: `false`. */
  rebuild?: boolean
}

/**
 * A built site of the corpus for the search evaluation and benchmark: the
 * real ingest (incremental) and the real Astro build, into `work`. The
 * site is built once and reused; the search index is not built here.
 * Returns the `dist` folder.
 */
export async function corpusSite(options: CorpusSiteOptions = {}): Promise<string> {
  const work = options.work ?? DEFAULT_WORK
  const content = path.join(work, 'content')
  const dist = path.join(work, 'dist')
  const built = await access(path.join(dist, 'index.html')).then(() => true, () => false)
  const ingested = await ingestWithReport({seeds: options.seeds ?? DEFAULT_CORPUS, out: content})
  // The site reads the actor registry from its content folder: this one uses the project's, as `npm run build` does.
  await symlink(path.resolve('content', 'actors'), path.join(content, 'actors')).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error
  })
  if (!built || options.rebuild || ingested.written > 0 || ingested.removed > 0) {
    const seconds = await buildSite({content, outDir: dist})
    console.error(`astro: built ${dist} in ${seconds.toFixed(1)} s`)
  }
  return dist
}
