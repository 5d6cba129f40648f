import {FILTERS} from '../../shared/search/bundle.ts'
import {ACTOR_TYPE_LABELS} from '../../shared/search/labels.ts'
import type {PagefindModule} from '../../shared/search/pagefind-api.ts'
import {openSearch, withHighlights, type Search, type SearchResult, type SearchSort} from '../../shared/search/search.ts'
import {otherCoverage} from '../../site/format/other-coverage.ts'
import {articleCount, formatDate, resultCount} from './format.ts'

/** Results shown at first and added by "more results". */
const PAGE_SIZE = 10
/** Wait after the last keystroke before searching while typing. */
const TYPING_DELAY_MS = 300

const SORTS: SearchSort[] = ['relevance', 'newest', 'oldest']
const FILTER_NAMES = Object.values(FILTERS)

/** The URL parameter and value that show every article of a story as its own result. */
const STORIES_PARAM = 'stories'
const EVERY_ARTICLE = 'all'

/** Raw result pages fetched at most to fill one page of collapsed results. */
const MAX_FETCHES = 5

/** What the page shows, as its URL says it: `?q=…&sort=…&outlet=…&stories=all`. */
interface State {
  query: string
  sort: SearchSort
  filters: Record<string, string>
  /** Each article of a story as its own result, instead of one result per story. */
  everyArticle: boolean
}

function stateFromUrl(search: string): State {
  const params = new URLSearchParams(search)
  const sort = params.get('sort') as SearchSort | null
  const filters: Record<string, string> = {}
  for (const name of FILTER_NAMES) {
    const value = params.get(name)
    if (value) filters[name] = value
  }
  return {
    query: params.get('q') ?? '',
    sort: sort && SORTS.includes(sort) ? sort : 'relevance',
    filters,
    everyArticle: params.get(STORIES_PARAM) === EVERY_ARTICLE
  }
}

function stateToUrl(state: State): string {
  const params = new URLSearchParams()
  if (state.query) params.set('q', state.query)
  if (state.sort !== 'relevance') params.set('sort', state.sort)
  for (const [name, value] of Object.entries(state.filters)) params.set(name, value)
  if (state.everyArticle) params.set(STORIES_PARAM, EVERY_ARTICLE)
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
  const everyArticle = form.querySelector<HTMLInputElement>(`input[name="${STORIES_PARAM}"]`)!
  const status = root.querySelector<HTMLElement>('.search-status')!
  const list = root.querySelector<HTMLOListElement>('.search-results')!
  const more = root.querySelector<HTMLButtonElement>('.search-more')!
  delete controls.dataset.pending

  let state = stateFromUrl(location.search)
  // Results fetched so far (shown or folded into a story's result), and the shown result of each story.
  let fetched = 0
  let stories = new Map<string, StoryResult>()
  let run = 0

  const fillFilters = () => {
    for (const select of filterSelects) setOptions(select, state.filters[select.name], choices[select.name] ?? [])
  }
  const fill = () => {
    input.value = state.query
    sortSelect.value = state.sort
    everyArticle.checked = state.everyArticle
    fillFilters()
  }
  const readForm = (): State => {
    const filters: Record<string, string> = {}
    for (const select of filterSelects) if (select.value) filters[select.name] = select.value
    return {query: input.value.trim(), sort: sortSelect.value as SearchSort, filters, everyArticle: everyArticle.checked}
  }
  // Opened with the page, so the index is loading while the reader types. In Pagefind's
  // worker: decompressing the index and searching would block a phone's page for over a second.
  const opening = openSearch({
    pagefind: import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<PagefindModule>,
    bundleUrl: `${base}pagefind/`,
    baseUrl: base,
    noWorker: false
  })
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
      if (!append) {
        fetched = 0
        stories = new Map()
      }
      // Fetch result pages until a page of results is shown: with stories
      // folded, a story's other articles join its first result instead.
      const items: HTMLLIElement[] = []
      let total = 0
      for (let fetch = 0; fetch < MAX_FETCHES && items.length < PAGE_SIZE; fetch++) {
        const response = await engine.search(state.query, {filters, sort: state.sort, limit: PAGE_SIZE, offset: fetched})
        if (current !== run) return
        total = response.total
        fetched += response.results.length
        for (const result of response.results) {
          const story = state.everyArticle ? undefined : result.story
          const shownResult = story === undefined ? undefined : stories.get(story)
          if (shownResult) {
            shownResult.others.push(result)
            renderOthers(shownResult)
            continue
          }
          const item = renderResult(result)
          items.push(item)
          if (story !== undefined) stories.set(story, {result, item, others: []})
        }
        if (fetched >= total) break
      }
      if (append) list.append(...items)
      else list.replaceChildren(...items)
      more.hidden = fetched >= total
      status.textContent = `${resultCount(total)} للبحث عن «${state.query}»`
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
  for (const control of [sortSelect, ...filterSelects, everyArticle]) control.addEventListener('change', () => go(readForm(), true))
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

/** A story's first result on the page, and the story's results found after it. */
interface StoryResult {
  result: SearchResult
  item: HTMLLIElement
  others: SearchResult[]
}

/** Under a story's result: `وفي مصدرين آخرين: BBC Arabic، CNN Arabic`, each a link to that article. */
function renderOthers({result, item, others}: StoryResult) {
  let line = item.querySelector<HTMLParagraphElement>('.search-result-also')
  if (!line) {
    line = document.createElement('p')
    line.className = 'search-result-also'
    item.append(line)
  }
  const {intro, labels} = otherCoverage(result, others)
  const links = others.map((other, index) => {
    const link = document.createElement('a')
    link.href = withHighlights(other.url, other.words)
    const outlet = document.createElement('bdi')
    outlet.textContent = labels[index].outlet
    link.append(outlet)
    if (labels[index].day) link.append(`، ${labels[index].day}`)
    return link
  })
  line.replaceChildren(`${intro} `, ...links.flatMap((link, index) => (index > 0 ? ['، ', link] : [link])))
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
