/**
 * `npm run bench:build -- [--seeds <file or dir>] [--copies <n>] [--work <dir>]`
 *
 * The whole build (`npm run build`) from an empty content folder and no
 * site, in its own process, as a reader of the README would run it. Prints
 * one line per step (wall time, and CPU time of the build process), the
 * total, the build's peak memory (its own process, then with the
 * processes it starts: Pagefind's service), then the pages, the size of `dist/` and
 * its heaviest page as a host sends it (gzip).
 * `--copies <n>` builds the seeds n times over (a JSON Lines file: each
 * copy's ids suffixed `-c<k>` and its dates moved back k years), the way
 * the README's figures at 100,000 articles were made. A benchmark, not a
 * test: it prints numbers. Run `../shared/perf/peer-build.sh
 * <work>/content/articles` right after it for the peer's figures.
 */
import {spawn} from 'node:child_process'
import {createReadStream} from 'node:fs'
import {cp, mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {createInterface} from 'node:readline'
import {parseArgs} from 'node:util'
import {wholeNumberOption} from '../cli/number-option.ts'
import {distSize} from './dist-size.ts'
import {sampleTreeMemory} from './tree-memory.ts'

const usage = `Usage: npm run bench:build -- [--seeds <file or dir>] [--copies <n>] [--work <dir>]

  --seeds <path>    the seeds (default: ../shared/corpus/ant-2018-dev.jsonl)
  --copies <n>      build a JSON Lines file of seeds n times over (default: 1)
  --work <dir>      where content/ and dist/ go, emptied first (default: a new temporary folder)
  --help            show this help`

const {values} = parseArgs({
  options: {
    seeds: {type: 'string', default: '../shared/corpus/ant-2018-dev.jsonl'},
    copies: {type: 'string', default: '1'},
    work: {type: 'string'},
    help: {type: 'boolean', default: false}
  }
})
if (values.help) {
  console.log(usage)
  process.exit(0)
}
const copies = wholeNumberOption(values.copies, '--copies', 1)
const work = values.work ?? (await mkdtemp(path.join(tmpdir(), 'arshif-bench-build-')))
const content = path.join(work, 'content')
const dist = path.join(work, 'dist')
await rm(content, {recursive: true, force: true})
await rm(dist, {recursive: true, force: true})
await mkdir(content, {recursive: true})
await cp('content/actors', path.join(content, 'actors'), {recursive: true})
const seeds = copies === 1 ? values.seeds : await writeCopies(values.seeds, copies, path.join(work, `seeds-x${copies}.jsonl`))

const started = performance.now()
let last = started
const rows: string[] = []
const notes: string[] = []
const child = spawn(process.execPath, [...process.execArgv, 'scripts/cli/build.ts', '--seeds', seeds, '--content', content, '--dist', dist], {
  stdio: ['ignore', 'pipe', 'inherit']
})
const treeMemory = sampleTreeMemory(child.pid!)
// Each step prints a line with its CPU time when it ends: the time since the last such line is the step's.
for await (const line of createInterface({input: child.stdout!})) {
  const now = performance.now()
  const cpu = /^([\w-]+):.* CPU ([\d.]+ s)$/.exec(line)
  if (cpu) {
    rows.push(`${cpu[1].padEnd(12)} ${seconds(now - last).padStart(9)}   CPU ${cpu[2]}`)
    last = now
  } else if (line.startsWith('build:')) {
    rows.push(`${'total'.padEnd(12)} ${seconds(now - started).padStart(9)}   ${/peak memory \d+ MB/.exec(line)?.[0] ?? ''} (the build process)`)
  } else notes.push(line)
}
const status = await new Promise<number | null>((resolve) => child.on('close', resolve))
const treePeak = await treeMemory.stop()
rows.push(`peak memory with Pagefind's process: ${treePeak === undefined ? 'not measured (no Linux /proc)' : `${treePeak.toFixed(0)} MB (sampled every 0.2 s)`}`)
if (status !== 0) {
  console.error(`bench:build: the build failed (status ${status})`)
  process.exit(1)
}
const {files, bytes, pages, largestPage} = await distSize(dist)
console.log(`seeds: ${seeds}${copies > 1 ? ` (${copies} copies)` : ''}`)
for (const line of notes) console.log(`  ${line}`)
for (const line of rows) console.log(line)
console.log(`dist: ${pages} HTML pages, ${files} files, ${(bytes / 2 ** 20).toFixed(0)} MiB (${dist})`)
if (largestPage) {
  const kb = (value: number) => `${(value / 1000).toFixed(0)} KB`
  console.log(`largest page: ${largestPage.path}, ${kb(largestPage.bytes)}, gzipped ${kb(largestPage.gzipBytes)}`)
}

function seconds(milliseconds: number): string {
  return `${(milliseconds / 1000).toFixed(1)} s`
}

/** Write the JSON Lines `file` `copies` times over: copy k's ids get `-c<k>`, its dates move back k years. */
async function writeCopies(file: string, copies: number, out: string): Promise<string> {
  const lines: string[] = []
  for await (const line of createInterface({input: createReadStream(file)})) if (line.trim()) lines.push(line)
  const chunks: string[] = []
  for (let copy = 0; copy < copies; copy++) {
    for (const line of lines) {
      const record = JSON.parse(line) as {id?: string; date?: string}
      if (copy > 0 && record.id) record.id = `${record.id}-c${copy}`
      if (copy > 0 && record.date) record.date = record.date.replace(/^\d{4}/, (year) => String(Number(year) - copy))
      chunks.push(JSON.stringify(record))
    }
  }
  await writeFile(out, `${chunks.join('\n')}\n`)
  return out
}
