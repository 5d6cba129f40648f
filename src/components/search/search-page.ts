import {FILTERS} from '../../shared/search/bundle.ts'
import {ACTOR_TYPE_LABELS} from '../../shared/search/labels.ts'
import type {FilterCounts, PagefindModule} from '../../shared/search/pagefind-api.ts'
import {openSearch, withHighlights, type Search, type SearchResult, type SearchSort} from '../../shared/search/search.ts'
import {articleCount, formatDate, formatNumber, resultCount} from './format.ts'

/** Results shown at first and added by "more results". */
const PAGE_SIZE = 10
/** Wait after the last keystroke before searching while typing. */
const TYPING_DELAY_MS = 300
/** Actors offered in the actor filter: the most frequent in the results. */
const MAX_ACTOR_OPTIONS = 30

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
  controls.hidden = false

  let state = stateFromUrl(location.search)
  let search: Search | undefined
  let shown = 0
  let run = 0

  const fill = () => {
    input.value = state.query
    sortSelect.value = state.sort
    for (const select of filterSelects) setOptions(select, state.filters[select.name], undefined)
  }
  const readForm = (): State => {
    const filters: Record<string, string> = {}
    for (const select of filterSelects) if (select.value) filters[select.name] = select.value
    return {query: input.value.trim(), sort: sortSelect.value as SearchSort, filters}
  }
  const open = async () => {
    search ??= await openSearch({
      pagefind: (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindModule,
      bundleUrl: `${base}pagefind/`,
      baseUrl: base
    })
    return search
  }

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
      const engine = await open()
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
      if (!append) await updateFilters(engine, response.totalFilters, current)
    } catch (error) {
      if (current !== run) return
      status.textContent = 'تعذّر البحث: لم يُحمَّل فهرس البحث. أعد تحميل الصفحة.'
      console.error(error)
    }
  }

  /** Offer, in each filter, the values found among the results (before filtering), with their counts. */
  const updateFilters = async (engine: Search, counts: FilterCounts, current: number) => {
    // Pagefind counts filter values only once their index is loaded: load it with the first results.
    if (Object.keys(counts).length === 0) {
      await engine.filters()
      if (current !== run) return
      const response = await engine.search(state.query, {limit: 0})
      if (current !== run) return
      counts = response.totalFilters
    }
    for (const select of filterSelects) setOptions(select, state.filters[select.name], counts[select.name] ?? {})
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
  await show(false)
}

/** The options of a filter: "all", then its values by count (actors: the most frequent), the chosen one kept. */
function setOptions(select: HTMLSelectElement, chosen: string | undefined, counts: Record<string, number> | undefined) {
  const all = select.options[0]
  const collator = new Intl.Collator('ar')
  let values = Object.entries(counts ?? {}).filter(([, count]) => count > 0)
  if (select.name === FILTERS.year) values.sort(([a], [b]) => b.localeCompare(a))
  else values.sort(([a, countA], [b, countB]) => countB - countA || collator.compare(a, b))
  if (select.name === FILTERS.actor) values = values.slice(0, MAX_ACTOR_OPTIONS)
  if (chosen && !values.some(([value]) => value === chosen)) values.unshift([chosen, counts?.[chosen] ?? 0])
  const options = values.map(([value, count]) => {
    const option = new Option(count > 0 ? `${value} (${formatNumber(count)})` : value, value)
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
