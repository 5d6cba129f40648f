import {z} from 'astro/zod'
import {ArticleActorSchema, QuoteSchema} from './actor.ts'
import {IsoDateSchema} from './iso-date.ts'
import {URL_SAFE_ID} from './url-safe-id.ts'


/**
 * The frontmatter of an article in `content/articles/`, as the ingest
 * writes it and the site reads it.
 */
export const ArticleSchema = z
  .object({
    /** Stable, URL-safe identifier; the file is `<id>.md` and the page `/articles/<id>/`. */
    id: z.string().regex(URL_SAFE_ID, 'Expected letters, digits, `-` or `_`'),
    /** Headline, as given or derived from the lead sentence. */
    title: z.string().min(1),
    /** `true` when the source had no title and the ingest derived it from the lead. Default: `false`. */
    titleDerived: z.boolean().default(false),
    /** Publication date as the source gave it (ISO 8601). Absent when unknown: never invented. */
    date: IsoDateSchema.optional(),
    /** `true` when the source gave no date. Default: `false`. */
    undated: z.boolean().default(false),
    /** Publishing outlet, e.g. `BBC Arabic`. */
    outlet: z.string().min(1).optional(),
    /** Address of the original article. */
    url: z.url().optional(),
    /** Byline. */
    author: z.string().min(1).optional(),
    /** Credited source (`الجزيرة + وكالات`), from metadata or an attribution line in the text. */
    source: z.string().min(1).optional(),
    /** The outlet's section, e.g. `middleEast`. */
    category: z.string().min(1).optional(),
    /**
     * `title-only` when no text was left after cleaning (a video report, a photo
     * gallery: only boilerplate such as `لمشاهدة التقرير اضغط هنا`) but the source
     * gave a title: kept, with its date and a link to the original. Absent for an
     * article with text.
     */
    kind: z.literal('title-only').optional(),
    /** Language of the text; arshif archives Arabic. */
    lang: z.literal('ar'),
    /** The people, organizations and places the article mentions, most mentioned first. Default: none. */
    actors: z.array(ArticleActorSchema).default([]),
    /** Reported speech of those actors, in text order. Default: none. */
    quotes: z.array(QuoteSchema).default([]),
    /** Per cleaning rule, how many changes the ingest made. Rules that changed nothing are absent. */
    cleaning: z.record(z.string(), z.number().int().positive()).default({})
  })
  .superRefine((article, context) => {
    if (article.undated === (article.date !== undefined)) {
      context.addIssue({
        code: 'custom',
        path: ['date'],
        message: article.undated
          ? 'An undated article cannot have a `date`: remove `undated: true` or the date'
          : 'Expected a `date`, or `undated: true` when the source gives none'
      })
    }
  })

export type Article = z.output<typeof ArticleSchema>
