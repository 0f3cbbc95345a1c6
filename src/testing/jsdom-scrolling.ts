/**
 * jsdom has no layout and leaves `window.scrollTo` unimplemented (it prints "Not
 * implemented" on every call). The app calls it through the list's window virtualizer
 * (scrolling a row into view) and the router's scroll restoration. This does what a
 * browser does with those calls: it moves the window's scroll position and fires `scroll`,
 * so a virtualized list renders the rows at the new position.
 */
export function installScrolling() {
  const place = (left: number, top: number) => {
    for (const [name, value] of [
      ['scrollX', left],
      ['pageXOffset', left],
      ['scrollY', top],
      ['pageYOffset', top],
    ] as const)
      Object.defineProperty(window, name, { value, configurable: true, writable: true });
  };
  function scrollTo(options?: ScrollToOptions): void;
  function scrollTo(x: number, y: number): void;
  function scrollTo(xOrOptions?: number | ScrollToOptions, y?: number) {
    const options = typeof xOrOptions === 'object' ? xOrOptions : { left: xOrOptions, top: y };
    const left = Math.max(0, options.left ?? window.scrollX);
    const top = Math.max(0, options.top ?? window.scrollY);
    if (left === window.scrollX && top === window.scrollY) return;
    place(left, top);
    window.dispatchEvent(new Event('scroll'));
  }
  window.scrollTo = scrollTo;
  place(0, 0);
}

/** Each test starts at the top of the page, as a freshly loaded one does. */
export function resetScrolling() {
  window.scrollTo(0, 0);
}
