import {spawn} from 'node:child_process'
import {readdir, readFile, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {parse as parseYaml} from 'yaml'
import {ArticleSchema} from '../../src/shared/schemas/article.ts'
import {readArticles, runIngest, writeSeeds} from '../helpers/ingest.ts'
import {tempDir} from '../helpers/temp-dir.ts'
import {NODE_ARGS} from '../helpers/node-args.ts'

const paragraph = (n: number) => `الفقرة رقم ${n} من تقرير عن اجتماع الحكومة والأوضاع في العاصمة.`

async function treeBytes(folder: string): Promise<Record<string, string>> {
  const entries = await readdir(folder, {recursive: true, withFileTypes: true})
  const files = entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name))
  return Object.fromEntries(await Promise.all(files.sort().map(async (file) => [path.relative(folder, file), await readFile(file, 'utf8')])))
}

describe('deterministic', () => {
  test('two runs over the same seeds give byte-identical content', async () => {
    const seeds = await writeSeeds({
      'one.txt': [paragraph(1), paragraph(2), paragraph(1), '#وسم_هنا ونص', 'المصدر : وكالات'].join('\n'),
      'two.jsonl': [1, 2, 3].map((n) => JSON.stringify({id: `r${n}`, title: `ع ${n}`, date: '2018-01-0' + n, text: paragraph(n)})).join('\n')
    })
    const first = await runIngest(seeds)
    const second = await runIngest(seeds)
    expect(await treeBytes(second.out)).toEqual(await treeBytes(first.out))
    expect(Object.keys(await treeBytes(first.out))).toEqual([
      '.ingest-manifest.json',
      'articles/one.md',
      'articles/r1.md',
      'articles/r2.md',
      'articles/r3.md',
      'stories.json'
    ])
  })
})

describe('incremental', () => {
  test('unchanged seeds are skipped, changed ones rewritten, removed ones deleted', async () => {
    const seeds = await writeSeeds({'a.txt': paragraph(1), 'b.txt': paragraph(2), 'c.txt': paragraph(3)})
    const out = await tempDir()
    expect(await runIngest(seeds, out)).toMatchObject({written: 3, unchanged: 0, removed: 0})
    expect(await runIngest(seeds, out)).toMatchObject({written: 0, unchanged: 3, removed: 0})
    await writeFile(path.join(seeds, 'b.txt'), paragraph(20))
    await rm(path.join(seeds, 'c.txt'))
    const third = await runIngest(seeds, out)
    expect(third).toMatchObject({written: 1, unchanged: 1, removed: 1})
    expect(Object.keys(third.articles)).toEqual(['a', 'b'])
    expect(third.articles.b).toContain(paragraph(20))
  })

  test('a deleted output file is written again', async () => {
    const seeds = await writeSeeds({'a.txt': paragraph(1)})
    const out = await tempDir()
    await runIngest(seeds, out)
    await rm(path.join(out, 'articles', 'a.md'))
    expect(await runIngest(seeds, out)).toMatchObject({written: 1, unchanged: 0})
  })

  test('a seed that now fails keeps its last good article', async () => {
    const seeds = await writeSeeds({'a.txt': paragraph(1), 'b.txt': paragraph(2)})
    const out = await tempDir()
    await runIngest(seeds, out)
    await writeFile(path.join(seeds, 'a.meta.yaml'), 'date: not-a-date\n')
    await writeFile(path.join(seeds, 'b.txt'), '')
    const run = await runIngest(seeds, out)
    expect(run).toMatchObject({failed: 2, removed: 0})
    expect(Object.keys(run.articles)).toEqual(['a', 'b'])
  })
})

describe('atomic', () => {
  test('a killed run leaves only whole files, and the next run completes', async () => {
    const records = Array.from({length: 3000}, (_, n) =>
      JSON.stringify({id: `k${n}`, title: 'عنوان', date: '2018-01-01', text: Array.from({length: 30}, (_, m) => paragraph(n * 100 + m)).join('\n')})
    )
    const seeds = await writeSeeds({'big.jsonl': records.join('\n')})
    const out = await tempDir()
    const cli = new URL('../../scripts/cli/ingest.ts', import.meta.url).pathname
    const child = spawn(process.execPath, [...NODE_ARGS, cli, '--seeds', seeds, '--out', out], {stdio: 'ignore'})
    const articles = path.join(out, 'articles')
    // Kill it as soon as it has written something, in the middle of its work.
    while ((await readdir(articles).catch(() => [])).filter((name) => name.endsWith('.md')).length < 20) {
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
    child.kill('SIGKILL')
    await new Promise((resolve) => child.on('exit', resolve))
    const written = await readArticles(out)
    expect(Object.keys(written).length).toBeLessThan(3000)
    for (const markdown of Object.values(written)) {
      expect(ArticleSchema.safeParse(parseYaml(markdown.split('---\n')[1])).success).toBe(true)
      expect(markdown.endsWith('.\n')).toBe(true)
    }
    const rerun = await runIngest(seeds, out)
    expect(rerun.failed).toBe(0)
    expect(Object.keys(rerun.articles)).toHaveLength(3000)
    expect((await readdir(articles)).filter((name) => !name.endsWith('.md'))).toEqual([])
  })
})
