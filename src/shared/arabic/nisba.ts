/** Endings of nisba adjectives after `normalizeArabic`: ـي, ـية, ـيون, ـيين, ـيان, ـيتين. */
const NISBA_ENDINGS = ['يتين', 'يون', 'يين', 'يان', 'يه', 'ي']

/**
 * The names a nisba adjective (in `normalizeArabic` form) may be made from:
 * its stem as is, with `ا` or `يا` added, and with the article, for each
 * ending it has (`الليبي` → `ليب`, `ليبا`, `ليبيا`, `الليب`; `العراقيين`
 * → … `العراق`). Empty for a word with no nisba ending.
 */
export function nisbaBases(word: string): string[] {
  const bare = word.startsWith('ال') ? word.slice(2) : word
  const bases: string[] = []
  for (const ending of NISBA_ENDINGS) {
    if (!bare.endsWith(ending) || bare.length - ending.length < 2) continue
    const stem = bare.slice(0, bare.length - ending.length)
    bases.push(stem, `${stem}ا`, `${stem}يا`, `ال${stem}`)
  }
  return bases
}
