/** Entries per page of an actor's timeline. */
export const ACTOR_PAGE_SIZE = 50
/** Articles per page of a month in the date archive. */
export const MONTH_PAGE_SIZE = 100
/** Articles per page of an outlet's list. */
export const OUTLET_PAGE_SIZE = 100
/** Entries in the site's feed and in each actor's feed. */
export const FEED_SIZE = 30
