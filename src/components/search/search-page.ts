import {FILTERS} from '../../shared/search/bundle.ts'
import {ACTOR_TYPE_LABELS} from '../../shared/search/labels.ts'
import type {PagefindModule} from '../../shared/search/pagefind-api.ts'
import {openSearch, withHighlights, type Search, type SearchResult, type SearchSort} from '../../shared/search/search.ts'
import {articleCount, formatDate, resultCount} from './format.ts'

/** Results shown at first and added by "more results". */
const PAGE_SIZE = 10
/** Wait after the last keystroke before searching while typing. */
const TYPING_DELAY_MS = 300

const SORTS: SearchSort[] = ['relevance', 'newest', 'oldest']
const FILTER_NAMES = Object.values(FILTERS)

/** What the page shows, as its URL says it: `?q=…&sort=…&outlet=…`. */
interface State {
  query: string
  sort: SearchSort
  filters: Record<string, string>
}

function stateFromUrl(search: string): State {
  const params = new URLSearchParams(search)
  const sort = params.get('sort') as SearchSort | null
  const filters: Record<string, string> = {}
  for (const name of FILTER_NAMES) {
    const value = params.get(name)
    if (value) filters[name] = value
  }
  return {query: params.get('q') ?? '', sort: sort && SORTS.includes(sort) ? sort : 'relevance', filters}
}

function stateToUrl(state: State): string {
  const params = new URLSearchParams()
  if (state.query) params.set('q', state.query)
  if (state.sort !== 'relevance') params.set('sort', state.sort)
  for (const [name, value] of Object.entries(state.filters)) params.set(name, value)
  const text = params.toString()
  return text ? `?${text}` : location.pathname
}

/**
 * Run the search page in `root` (`SearchPage.astro`): read the state from
 * the URL, search, render; keep the URL in step with the form, so every
 * search can be shared and the back button steps through them.
 */
export async function startSearchPage(root: HTMLElement): Promise<void> {
  const base = root.dataset.base ?? '/'
  const form = root.querySelector<HTMLFormElement>('.search-form')!
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!
  const controls = form.querySelector<HTMLFieldSetElement>('.search-controls')!
  const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sort"]')!
  const filterSelects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')]
  const status = root.querySelector<HTMLElement>('.search-status')!
  const list = root.querySelector<HTMLOListElement>('.search-results')!
  const more = root.querySelector<HTMLButtonElement>('.search-more')!
  delete controls.dataset.pending

  let state = stateFromUrl(location.search)
  let shown = 0
  let run = 0

  const fillFilters = () => {
    for (const select of filterSelects) setOptions(select, state.filters[select.name], choices[select.name] ?? [])
  }
  const fill = () => {
    input.value = state.query
    sortSelect.value = state.sort
    fillFilters()
  }
  const readForm = (): State => {
    const filters: Record<string, string> = {}
    for (const select of filterSelects) if (select.value) filters[select.name] = select.value
    return {query: input.value.trim(), sort: sortSelect.value as SearchSort, filters}
  }
  // Opened with the page, so the index is loading while the reader types. On the page's own
  // thread (Pagefind's worker would be another 42 KB to fetch; a query takes milliseconds).
  const opening = (async () =>
    openSearch({
      pagefind: (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindModule,
      bundleUrl: `${base}pagefind/`,
      baseUrl: base,
      noWorker: true
    }))()
  let choices: Search['choices'] = {}

  const show = async (append: boolean) => {
    const current = ++run
    if (!state.query) {
      status.textContent = ''
      list.replaceChildren()
      more.hidden = true
      return
    }
    if (!append) status.textContent = 'جارٍ البحث…'
    try {
      const engine = await opening
      const filters = Object.fromEntries(Object.entries(state.filters).map(([name, value]) => [name, [value]]))
      const offset = append ? shown : 0
      const response = await engine.search(state.query, {filters, sort: state.sort, limit: PAGE_SIZE, offset})
      if (current !== run) return
      const items = response.results.map(renderResult)
      if (append) list.append(...items)
      else list.replaceChildren(...items)
      shown = offset + items.length
      more.hidden = shown >= response.total
      status.textContent = `${resultCount(response.total)} للبحث عن «${state.query}»`
    } catch (error) {
      if (current !== run) return
      status.textContent = 'تعذّر البحث: لم يُحمَّل فهرس البحث. أعد تحميل الصفحة.'
      console.error(error)
    }
  }

  const go = (next: State, push: boolean) => {
    state = next
    const url = stateToUrl(state)
    if (push) history.pushState(null, '', url)
    else history.replaceState(null, '', url)
    void show(false)
  }

  let typing: ReturnType<typeof setTimeout> | undefined
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    clearTimeout(typing)
    go(readForm(), true)
  })
  input.addEventListener('input', () => {
    clearTimeout(typing)
    typing = setTimeout(() => go(readForm(), false), TYPING_DELAY_MS)
  })
  for (const select of [sortSelect, ...filterSelects]) select.addEventListener('change', () => go(readForm(), true))
  more.addEventListener('click', () => void show(true))
  window.addEventListener('popstate', () => {
    state = stateFromUrl(location.search)
    fill()
    void show(false)
  })

  fill()
  const first = show(false)
  try {
    choices = (await opening).choices
    fillFilters()
  } catch {
    // show() reports it.
  }
  await first
}

/** The options of a filter: "all", then its values (years newest first, the rest as the index lists them), the chosen one kept. */
function setOptions(select: HTMLSelectElement, chosen: string | undefined, choices: Array<[string, number]>) {
  const all = select.options[0]
  const values = choices.map(([value]) => value)
  if (select.name === FILTERS.year) values.sort((a, b) => b.localeCompare(a))
  if (chosen && !values.includes(chosen)) values.unshift(chosen)
  const options = values.map((value) => {
    const option = new Option(value, value)
    option.selected = value === chosen
    return option
  })
  select.replaceChildren(all, ...options)
  all.selected = !chosen
}

/** One result: the title linked (with the words to highlight on the page), date and outlet, the excerpt. */
function renderResult(result: SearchResult): HTMLLIElement {
  const item = document.createElement('li')
  item.className = result.kind === 'actor' ? 'search-result search-result-actor' : 'search-result'
  const heading = document.createElement('h2')
  const link = document.createElement('a')
  link.href = result.kind === 'actor' ? result.url : withHighlights(result.url, result.words)
  link.textContent = result.title
  heading.append(link)
  const meta = document.createElement('p')
  meta.className = 'search-result-meta'
  if (result.kind === 'actor') {
    const type = ACTOR_TYPE_LABELS[result.actorType as keyof typeof ACTOR_TYPE_LABELS]
    meta.textContent = `صفحة الفاعل${type ? ` (${type})` : ''}: ذُكر في ${articleCount(result.articles ?? 0)}`
    item.append(heading, meta)
    return item
  }
  if (result.date) {
    const time = document.createElement('time')
    time.dateTime = result.date
    time.textContent = formatDate(result.date)
    meta.append(time)
  }
  if (result.outlet) meta.append(result.date ? ` · ${result.outlet}` : result.outlet)
  const excerpt = document.createElement('p')
  excerpt.className = 'search-result-excerpt'
  // Built by buildExcerpt from escaped text and <mark> only.
  excerpt.innerHTML = result.excerpt
  item.append(heading, ...(meta.hasChildNodes() ? [meta] : []), excerpt)
  return item
}
