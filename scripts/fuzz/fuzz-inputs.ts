import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {mutate} from './mutate.ts'
import type {Random} from './random.ts'

/** One input the fuzzer hands the ingest: its files (a sidecar with a `.txt`), and what was done to them. */
export interface FuzzInput {
  /** The article file (`.txt`, `.md`) or the JSONL file, relative to the seeds folder. */
  file: string
  kind: 'txt' | 'md' | 'jsonl'
  files: Record<string, Uint8Array>
  mutations: string[]
}

const utf8 = new TextEncoder()
const seedsFolder = fileURLToPath(new URL('../../seeds/', import.meta.url))

/** The paragraphs of the project's seed articles: real Arabic news text to start from. */
export function seedParagraphs(): string[] {
  return readdirSync(seedsFolder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .flatMap((name) => readFileSync(path.join(seedsFolder, name), 'utf8').split('\n'))
    .filter((line) => line.trim() !== '')
}

/**
 * Input number `index`: an article (or, in JSONL, several) of the seeds'
 * paragraphs in one of the formats, with or without metadata, then, for
 * most inputs, damaged by `mutate`.
 */
export function fuzzInput(index: number, random: Random, paragraphs: readonly string[]): FuzzInput {
  const kind = random.pick(['txt', 'txt', 'md', 'jsonl'] as const)
  const name = `input-${index}`
  const body = () => Array.from({length: 1 + random.int(8)}, () => random.pick(paragraphs))
  const metadata = () => ({title: random.pick(paragraphs).slice(0, 60), date: `2018-0${1 + random.int(9)}-1${random.int(10)}`, outlet: 'اختبار', url: `https://example.org/${index}`})
  const files: Record<string, Uint8Array> = {}
  let file: string
  if (kind === 'txt') {
    file = `${name}.txt`
    files[file] = utf8.encode(body().join(random.next() < 0.2 ? '\r\n' : '\n'))
    if (random.next() < 0.4) {
      const meta = metadata()
      files[`${name}.meta.${random.next() < 0.5 ? 'json' : 'yaml'}`] = utf8.encode(
        random.next() < 0.5 ? JSON.stringify(meta) : Object.entries(meta).map(([key, value]) => `${key}: ${JSON.stringify(value)}`).join('\n')
      )
    }
  } else if (kind === 'md') {
    file = `${name}.md`
    const meta = metadata()
    files[file] = utf8.encode(`---\ntitle: ${JSON.stringify(meta.title)}\ndate: ${meta.date}\n---\n\n## ${random.pick(paragraphs).slice(0, 40)}\n\n${body().join('\n\n')}\n`)
  } else {
    file = `${name}.jsonl`
    const records = Array.from({length: 1 + random.int(6)}, (_, record) => JSON.stringify({id: `${name}-${record}`, ...metadata(), text: body().join('\n')}))
    files[file] = utf8.encode(records.join(random.next() < 0.2 ? '\r\n' : '\n') + '\n')
  }
  const mutations: string[] = []
  // A tenth stay whole, so the fuzzer also sees that good input passes untouched.
  for (const target of Object.keys(files)) {
    if (random.next() < (target === file ? 0.9 : 0.2)) {
      const damaged = mutate(files[target], random)
      files[target] = damaged.bytes
      mutations.push(...damaged.applied.map((mutation) => `${mutation}(${path.extname(target)})`))
    }
  }
  return {file, kind, files, mutations}
}
