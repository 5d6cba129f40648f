/** Letters, digits, `-` and `_`, starting with a letter or digit: safe in any URL path. */
export const URL_SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/
