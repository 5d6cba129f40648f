import {createPaths} from './paths.ts'

/** The site's name, in the header and after every page title. */
export const SITE_NAME = 'أرشيف'

/** One line on what the site is, for the home page and feeds. */
export const SITE_DESCRIPTION = 'أرشيف مفتوح للأخبار العربية: المقالات كما نشرت، والفاعلون فيها من أشخاص ومنظمات وأماكن عبر الزمن.'

/** The site's addresses under the configured base path. */
export const paths = createPaths(import.meta.env.BASE_URL)

/** An address on the site (already under the base) made absolute with the public address (`ARSHIF_SITE`). */
export function absoluteUrl(path: string): string {
  return new URL(path, import.meta.env.SITE).href
}
