/** The Astro build, run by `buildSite` in a worker thread (see there why). */
import {workerData} from 'node:worker_threads'
import {build} from 'astro'
import type {BuildJob} from './build-site.ts'

const job = workerData as BuildJob
await build({
  root: job.root,
  outDir: job.outDir,
  // Each content folder keeps its own content-layer cache.
  cacheDir: job.cacheDir,
  logLevel: 'warn'
})
