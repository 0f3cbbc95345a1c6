/**
 * A value made on first use, then kept. For Intl objects: the first DateTimeFormat of a
 * page loads the browser's date data (about 60 ms on a desktop CPU, 240 ms on a phone,
 * measured in Chromium), a Collator about half that; made when a module loads, that cost
 * fell on every page, including those that never show a date or sort.
 */
export function onFirstUse<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}
