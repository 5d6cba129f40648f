import {readFileSync} from 'node:fs'
import {stringify as stringifyYaml} from 'yaml'
import type {ArticleActor} from '../../../src/shared/schemas/actor.ts'
import {frontmatterToYaml} from '../article/frontmatter-to-yaml.ts'
import {YAML_OPTIONS} from '../article/serialize.ts'
import {writeFileAtomicSync} from '../write/atomic-write.ts'
import {splitArticleFile} from './markdown-blocks.ts'
import {sha256Hex} from '../../fixity/sha256.ts'

/**
 * Rewrite an article file with `gained` as its archive actors (replacing
 * those it had), the rest of the file unchanged. Atomic. Returns the new
 * file's SHA-256.
 */
export function rewriteArchiveActors(file: string, gained: readonly ArticleActor[], unique: string): string {
  const {yaml, body} = splitArticleFile(readFileSync(file, 'utf8'))!
  const markdown = `---\n${withArchiveActorsYaml(yaml, gained)}---\n${body}`
  writeFileAtomicSync(file, markdown, unique)
  return sha256Hex(markdown)
}

/**
 * The frontmatter `yaml` with `gained` as the last items of its `actors`
 * (after the article's own, which stay as they are), replacing any archive
 * actors it had; `actors` is added after `lang` when the article had none.
 *
 * Works on the text the ingest wrote, without parsing it: parsing the
 * frontmatter cost more than finding the actors. It relies on that text's
 * shape: top-level keys at the start of a line, each `actors` item
 * starting with `  - ` and an archive item holding `    byArchive: true`.
 */
export function withArchiveActorsYaml(yaml: string, gained: readonly ArticleActor[]): string {
  const lines = yaml.replace(/\n$/, '').split('\n')
  const added = itemLines(gained)
  const section = actorsSection(lines)
  if (!section) {
    if (added.length === 0) return yaml
    const at = lines.findIndex((line) => line.startsWith('lang:')) + 1
    return `${[...lines.slice(0, at), 'actors:', ...added, ...lines.slice(at)].join('\n')}\n`
  }
  const {start, ownEnd, end} = section
  const kept = ownEnd > start + 1 || added.length > 0 ? [...lines.slice(0, ownEnd), ...added] : lines.slice(0, start)
  return `${[...kept, ...lines.slice(end)].join('\n')}\n`
}

/**
 * The forms of the article's own actors (not those the archive pass gave)
 * in the frontmatter `yaml`, read from its text as `withArchiveActorsYaml`
 * reads it: each form a `      - "…"` line of an item's `forms`. A form
 * `yaml` wrote with escapes JSON lacks (the rare frontmatter the ingest
 * could not write itself) is left out: the archive pass may then count it
 * again, as it did before forms were read.
 */
export function ownActorForms(yaml: string): Set<string> {
  const lines = yaml.split('\n')
  const forms = new Set<string>()
  const section = actorsSection(lines)
  if (!section) return forms
  let inForms = false
  for (let line = section.start + 1; line < section.ownEnd; line++) {
    const text = lines[line]
    if (text.startsWith('    ')) {
      if (!text.startsWith('      ')) inForms = text === '    forms:'
      else if (inForms && text.startsWith('      - "')) {
        const form = jsonString(text.slice(8))
        if (form !== undefined) forms.add(form)
      }
    } else inForms = false
  }
  return forms
}

function jsonString(text: string): string | undefined {
  try {
    const value: unknown = JSON.parse(text)
    return typeof value === 'string' ? value : undefined
  } catch {
    return undefined
  }
}

/**
 * Where the `actors` sequence is in the frontmatter's lines: its key's
 * line, the end of the article's own items (the first archive item), and
 * the end of the sequence (the next top-level key); `undefined` for none.
 */
function actorsSection(lines: string[]): {start: number; ownEnd: number; end: number} | undefined {
  const start = lines.indexOf('actors:')
  if (start === -1) return undefined
  const next = lines.findIndex((line, index) => index > start && /^[^ -]/.test(line))
  const end = next === -1 ? lines.length : next
  return {start, ownEnd: firstArchiveItem(lines, start + 1, end) ?? end, end}
}

/** The line where the first archive item of the `actors` items in lines `[from, to)` starts, if any. */
function firstArchiveItem(lines: string[], from: number, to: number): number | undefined {
  const items: number[] = []
  for (let line = from; line < to; line++) if (lines[line].startsWith('  - ')) items.push(line)
  return items.find((item, index) => lines.slice(item, items[index + 1] ?? to).includes('    byArchive: true'))
}

/** `gained` as the item lines of an `actors` sequence, written as the ingest writes frontmatter. */
function itemLines(gained: readonly ArticleActor[]): string[] {
  if (gained.length === 0) return []
  const yaml = frontmatterToYaml({actors: gained}) ?? stringifyYaml({actors: gained}, YAML_OPTIONS)
  return yaml.trimEnd().split('\n').slice(1)
}
