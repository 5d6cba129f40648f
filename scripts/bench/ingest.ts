/**
 * `npm run bench:ingest -- [--seeds <path>] [--out <dir>]`
 *
 * Ingests the seeds into an empty folder, then again (all unchanged), and
 * prints articles per second and the peak memory of the process (main and
 * worker threads). A benchmark, not a test: it prints numbers.
 */
import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {ingest} from '../ingest/run-ingest.ts'

const {values} = parseArgs({
  options: {
    seeds: {type: 'string', default: '../shared/corpus/ant-2018-dev.jsonl'},
    out: {type: 'string'}
  }
})

const out = values.out ?? (await mkdtemp(path.join(tmpdir(), 'arshif-bench-')))
await rm(path.join(out, 'articles'), {recursive: true, force: true})
const cold = await ingest({seeds: values.seeds, out})
const warm = await ingest({seeds: values.seeds, out})
const peakMiB = process.resourceUsage().maxRSS / 1024
const rate = (articles: number, seconds: number) => Math.round(articles / seconds)

console.log(`seeds: ${values.seeds}`)
console.log(`cold: ${cold.written} articles written, ${cold.failed} failed in ${cold.seconds.toFixed(2)} s: ${rate(cold.written, cold.seconds)} articles/s`)
console.log(`warm: ${warm.unchanged} unchanged in ${warm.seconds.toFixed(2)} s: ${rate(warm.unchanged, warm.seconds)} articles/s`)
console.log(`peak memory: ${peakMiB.toFixed(0)} MiB (resident, main and worker threads)`)
if (!values.out) await rm(out, {recursive: true, force: true})
