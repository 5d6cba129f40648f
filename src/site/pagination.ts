/** One page of a paginated list. */
export interface PageSlice<T> {
  /** 1-based. */
  page: number
  lastPage: number
  items: T[]
}

/** `items` in pages of `size`; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], size: number): PageSlice<T>[] {
  const lastPage = Math.max(1, Math.ceil(items.length / size))
  return Array.from({length: lastPage}, (_, index) => ({
    page: index + 1,
    lastPage,
    items: items.slice(index * size, (index + 1) * size)
  }))
}

/**
 * The page numbers a pager shows: the first, the last, and those near the
 * current page, with `'gap'` where numbers are left out:
 * `pageNumbers(6, 20)` → `[1, 'gap', 5, 6, 7, 'gap', 20]`.
 */
export function pageNumbers(current: number, last: number, around = 1): (number | 'gap')[] {
  const numbers: (number | 'gap')[] = []
  for (let page = 1; page <= last; page++) {
    if (page === 1 || page === last || Math.abs(page - current) <= around) numbers.push(page)
    else if (numbers.at(-1) !== 'gap') numbers.push('gap')
  }
  return numbers
}

/** A route's `[...page]` parameter to a page number: `undefined` → 1, `'2'` → 2. */
export function pageParam(page: number): string | undefined {
  return page > 1 ? String(page) : undefined
}
