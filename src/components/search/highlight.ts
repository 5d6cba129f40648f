import {HIGHLIGHT_PARAM} from '../../shared/search/search.ts'

/** Word boundaries for highlighting: a word is marked only whole, never a part of one (that would break letter joining). */
const LIMITERS = ['،', '؛', '؟', '.', ',', ';', ':', '!', '?', '"', "'", '«', '»', '(', ')', '[', ']', '…', '-', '“', '”']

/**
 * Mark the words a search result named (`?pagefind-highlight=…`, the
 * words as the page writes them) in the article, with Pagefind's
 * highlighter. Does nothing on a page opened otherwise.
 */
export async function highlightSearchedWords(): Promise<void> {
  if (!new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) return
  await import(/* @vite-ignore */ `${import.meta.env.BASE_URL}pagefind/pagefind-highlight.js`)
  const {PagefindHighlight} = window as unknown as {PagefindHighlight: new (options: object) => unknown}
  new PagefindHighlight({
    highlightParam: HIGHLIGHT_PARAM,
    addStyles: false,
    markOptions: {
      className: 'pagefind-highlight',
      exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'],
      accuracy: {value: 'exactly', limiters: LIMITERS}
    }
  })
}
