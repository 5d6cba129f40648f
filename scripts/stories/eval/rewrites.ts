import {copyFile, link, mkdir, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {createRandom} from '../../fuzz/random.ts'
import {markdownBlocks, splitArticleFile} from '../../ingest/archive/markdown-blocks.ts'
import {articleFiles} from '../read-story-articles.ts'

/** The outlet every rewrite claims: another outlet than any original's. */
export const REWRITE_OUTLET = 'وكالة إعادة النشر'

/** Hours after its original a rewrite is published. */
const DELAY_HOURS = 5

/**
 * An archive for testing copies: every article of `content` (linked, not
 * copied) and, for `count` articles of four paragraphs or more chosen by
 * `seed`, a republished version: another outlet, a headline made of its
 * lead's first words, its first and last paragraphs cut, five hours later.
 * Returns each rewrite's id with its original's.
 */
export async function writeRewrites(content: string, out: string, count: number, seed: number): Promise<{original: string; rewrite: string}[]> {
  const folder = path.join(out, 'articles')
  await mkdir(folder, {recursive: true})
  const files = articleFiles(content)
  for (const file of files) {
    const target = path.join(folder, path.basename(file))
    await link(file, target).catch(() => copyFile(file, target))
  }
  const random = createRandom(seed)
  const chosen: {original: string; rewrite: string}[] = []
  const tried = new Set<number>()
  while (chosen.length < count && tried.size < files.length) {
    const index = random.int(files.length)
    if (tried.has(index)) continue
    tried.add(index)
    const text = await readFile(files[index], 'utf8')
    const parts = splitArticleFile(text)
    const id = /^id: "([^"\\]+)"$/m.exec(parts?.yaml ?? '')?.[1]
    const date = /^date: "([^"]+)"$/m.exec(parts?.yaml ?? '')?.[1]
    const blocks = parts ? markdownBlocks(parts.body) : []
    if (!parts || !id || !date || blocks.length < 4 || !/^title: /m.test(parts.yaml) || !/^outlet: /m.test(parts.yaml)) continue
    const rewrite = `${id}-rewrite`
    const title = blocks[0].split(/\s+/).slice(0, 8).join(' ')
    const yaml = parts.yaml
      .replace(/^id: .*$/m, `id: ${JSON.stringify(rewrite)}`)
      .replace(/^title: .*$/m, `title: ${JSON.stringify(title)}`)
      .replace(/^outlet: .*$/m, `outlet: ${JSON.stringify(REWRITE_OUTLET)}`)
      .replace(/^date: .*$/m, `date: ${JSON.stringify(new Date(Date.parse(date) + DELAY_HOURS * 3_600_000).toISOString())}`)
    await writeFile(path.join(folder, `${rewrite}.md`), `---\n${yaml}---\n\n${blocks.slice(1, -1).join('\n\n')}\n`)
    chosen.push({original: id, rewrite})
  }
  return chosen
}
