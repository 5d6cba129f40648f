/** Entries per page of an actor's timeline. */
export const ACTOR_PAGE_SIZE = 50
/** Articles per page of a month in the date archive. */
export const MONTH_PAGE_SIZE = 100
/** Articles per page of an outlet's list. */
export const OUTLET_PAGE_SIZE = 100
/** Entries in the site's feed and in each actor's feed. */
export const FEED_SIZE = 30
/**
 * Actors per page of a type's list (`/actors/people/`): 400 rows are about
 * 110 KB of HTML, 15 KB compressed, so no page grows with the archive (one
 * list of the 9,306 actors of 97,880 articles was 2.5 MB).
 */
export const ACTOR_TYPE_PAGE_SIZE = 400
