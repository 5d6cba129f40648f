/**
 * An outlet's name to its URL segment: letters and digits of any script,
 * lowercased, other runs joined by `-`: `BBC Arabic` → `bbc-arabic`,
 * `الجزيرة نت` → `الجزيرة-نت`. Stable as long as the name is.
 */
export function outletToSlug(name: string): string {
  const slug = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
  return slug === '' ? 'outlet' : slug
}
