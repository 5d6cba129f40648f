import {z} from 'astro/zod'
import {IsoDateSchema} from '../../../src/shared/schemas/iso-date.ts'

/** Text on one line (line breaks, U+2028 and U+2029 become spaces), trimmed; empty text counts as absent. */
const text = z
  .union([z.string(), z.number()])
  .transform((value) => String(value).replace(/\s+/g, ' ').trim() || undefined)
  .optional()

/**
 * Metadata a source may give for an article (sidecar, frontmatter or JSONL
 * fields). Every field is optional; unknown fields are reported and ignored.
 */
export const SourceMetadataSchema = z.object({
  /** Overrides the id taken from the file name. */
  id: text,
  title: text,
  /** ISO 8601; a space between date and time is accepted. */
  date: z
    .union([z.string(), z.date()])
    .transform((value) => (value instanceof Date ? value.toISOString() : value.trim().replace(' ', 'T')))
    .pipe(IsoDateSchema.or(z.literal('')))
    .transform((value) => value || undefined)
    .optional(),
  url: z.url().optional().or(z.literal('').transform(() => undefined)),
  outlet: text,
  author: text,
  source: text,
  category: text
})

export type SourceMetadata = z.output<typeof SourceMetadataSchema>

export const KNOWN_FIELDS = new Set(Object.keys(SourceMetadataSchema.shape))
