/**
 * `npm run fuzz -- [--n <inputs>] [--seed <n>] [--batch <n>]`
 *
 * Feeds the ingest damaged inputs (byte flips, truncation, control
 * characters, NUL bytes, repetition, mixed encodings, huge lines) and
 * checks its promises (see `runFuzz`). Prints a progress line per batch,
 * then the counts and one line per finding; status 1 when there is any.
 * The same seed replays the same inputs; the sandboxes of findings are kept.
 */
import {parseArgs} from 'node:util'
import {runFuzz} from '../fuzz/run-fuzz.ts'
import {wholeNumberOption} from './number-option.ts'

const usage = `Usage: npm run fuzz -- [--n <inputs>] [--seed <n>] [--batch <n>]

  --n <inputs>   damaged inputs in all (default 1000)
  --seed <n>     seed of the generator: the same seed, the same inputs (default 1)
  --batch <n>    inputs per ingest run (default 250)`

async function main(args: string[]): Promise<void> {
  const {values} = parseArgs({
    args,
    options: {n: {type: 'string', default: '1000'}, seed: {type: 'string', default: '1'}, batch: {type: 'string', default: '250'}, help: {type: 'boolean', default: false}}
  })
  if (values.help) return console.log(usage)
  const n = wholeNumberOption(values.n, '--n', 1)
  const started = performance.now()
  const report = await runFuzz({
    n,
    seed: wholeNumberOption(values.seed, '--seed'),
    batch: wholeNumberOption(values.batch, '--batch', 1),
    onBatch: (done, findings) => console.error(`fuzz: ${done}/${n} inputs, ${findings} findings`)
  })
  for (const finding of report.findings) console.log(`finding: ${finding}`)
  for (const sandbox of report.kept) console.log(`kept: ${sandbox}`)
  const errors = Object.entries(report.errors).sort(([, a], [, b]) => b - a).map(([code, count]) => `${code} ${count}`).join(', ')
  console.log(`fuzz: ${report.inputs} inputs in ${((performance.now() - started) / 1000).toFixed(0)} s: ${report.written} articles written; refused with an error line: ${errors || 'none'}`)
  console.log(`fuzz: ${report.findings.length} findings`)
  if (report.findings.length > 0) process.exitCode = 1
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`fuzz: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
})
