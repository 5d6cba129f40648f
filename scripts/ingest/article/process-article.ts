import type {Paragraph, Root} from 'mdast'
import {unified} from 'unified'
import {VFile} from 'vfile'
import type {FoundName} from '../../actors/archive/archive-names.ts'
import {extractActors} from '../../actors/extract-actors.ts'
import {DERIVED_ID_PREFIX} from '../../actors/resolve/name-to-actor-id.ts'
import {defaultNameTagger} from '../../actors/tagged-names.ts'
import {blockText, bodyBlocks, paragraph} from '../clean/blocks.ts'
import {cleaningPreset} from '../clean/preset.ts'
import type {RemovedBlock} from '../clean/report.ts'
import {IngestError, type IngestMessage} from '../messages.ts'
import {toArticleId} from '../metadata/article-id.ts'
import {deriveTitle} from '../metadata/derive-title.ts'
import {KNOWN_FIELDS, SourceMetadataSchema, type SourceMetadata} from '../metadata/source-metadata.ts'
import type {RawArticle, RawBlock} from '../read/raw-article.ts'
import type {Article} from '../../../src/shared/schemas/article.ts'
import {serializeArticle} from './serialize.ts'
import {toFrontmatter} from './to-frontmatter.ts'

const cleaner = unified().use(cleaningPreset).freeze()

export interface ProcessedArticle {
  id: string
  frontmatter: Article
  /** The whole Markdown file. */
  markdown: string
  /** No text was left after cleaning: the article is its title (`kind: title-only`). */
  titleOnly: boolean
  /** What cleaning removed, block by block (for reports and tests). */
  removed: RemovedBlock[]
  warnings: IngestMessage[]
}

/** The actors of an article that the registry lacks, for the archive pass (see `runArchivePass`). */
export function foundNames(frontmatter: Article): FoundName[] {
  return (frontmatter.actors ?? []).filter(({id}) => id.startsWith(DERIVED_ID_PREFIX)).map(({id, name, type}) => [id, name, type] as const)
}

/** The id an article will get, known before it is processed. */
export function articleIdOf(raw: RawArticle): string {
  const override = raw.metadata.id
  return toArticleId(typeof override === 'string' || typeof override === 'number' ? String(override) : raw.givenId)
}

/**
 * Clean one raw article, find its actors and quotes, and turn it into a
 * Markdown file with validated frontmatter.
 *
 * @throws {IngestError} when the metadata is invalid or no text is left.
 */
export function processArticle(raw: RawArticle): ProcessedArticle {
  const warnings = unknownFieldWarnings(raw)
  const metadata = parseMetadata(raw)
  const id = articleIdOf(raw)
  const body: Root = {type: 'root', children: raw.blocks.map(toNode)}
  const file = new VFile({path: raw.file})
  cleaner.runSync(body, file)
  // The lead is the first paragraph with a word or a number: one of dots and quotes says nothing.
  const lead = body.children.find((node): node is Paragraph => node.type === 'paragraph' && /[\p{L}\p{N}]/u.test(blockText(node)))
  // A title with no text is still an article (a video report, a gallery); nothing at all is not.
  if (!lead && metadata.title === undefined) {
    throw new IngestError('empty', 'no text left after cleaning, and no title', raw.line)
  }
  const actorBlocks = bodyBlocks(body).map((block) => ({text: blockText(block), heading: block.type === 'heading'}))
  // A given headline names actors too (`ماتيس ينضم إلى ترامب`, with no ترامب
  // in the body). It is read after the body, so a surname in it resolves to
  // the body's full name; a derived title repeats the lead and is not read twice.
  if (metadata.title !== undefined) actorBlocks.push({text: metadata.title, heading: true})
  const frontmatter = toFrontmatter({
    id,
    metadata,
    title: metadata.title ?? deriveTitle(blockText(lead!)),
    titleDerived: metadata.title === undefined,
    titleOnly: !lead,
    creditsInText: file.data.source ?? [],
    ...extractActors(actorBlocks, {tagger: defaultNameTagger()}),
    cleaning: file.data.cleaning ?? {}
  })
  return {
    id,
    frontmatter,
    markdown: serializeArticle(frontmatter, body),
    titleOnly: !lead,
    removed: file.data.removed ?? [],
    warnings
  }
}

function toNode(block: RawBlock) {
  const node = paragraph(block.text, block.line)
  return block.type === 'heading' ? {type: 'heading' as const, depth: 2 as const, children: node.children, position: node.position} : node
}

function parseMetadata(raw: RawArticle): SourceMetadata {
  const known = Object.fromEntries(Object.entries(raw.metadata).filter(([key]) => KNOWN_FIELDS.has(key)))
  const result = SourceMetadataSchema.safeParse(known)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  const field = String(issue.path[0] ?? '')
  const given = JSON.stringify(raw.metadata[field])
  if (field === 'date') {
    throw new IngestError('invalid-date', `invalid date ${given}: expected ISO 8601, such as 2019-04-07 or 2019-04-07T10:30:00+02:00`, raw.line)
  }
  throw new IngestError('invalid-metadata', `invalid \`${field}\` ${given}: ${issue.message}`, raw.line)
}

function unknownFieldWarnings(raw: RawArticle): IngestMessage[] {
  return Object.keys(raw.metadata)
    .filter((key) => !KNOWN_FIELDS.has(key))
    .sort()
    .map((key) => ({
      severity: 'warning',
      code: 'unknown-field',
      file: raw.file,
      line: raw.line,
      reason: `unknown metadata field \`${key}\` ignored (known: ${[...KNOWN_FIELDS].join(', ')})`
    }))
}
