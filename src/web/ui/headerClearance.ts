// How far below the top of the window a control must be to be clear of the fixed header and the save state
// floating under it: the page's scroll-padding-top (app/global.css), so the figure lives in one place.
export function headerClearance(): number {
  return Number.parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
}
