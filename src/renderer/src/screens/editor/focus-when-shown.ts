/** Focuses (and selects) an input once the section switched to has rendered it: a few frames at most. */
export function focusWhenShown(selector: string, tries = 10): void {
  requestAnimationFrame(() => {
    const el = document.querySelector<HTMLInputElement>(selector)
    if (el) {
      el.focus()
      el.select?.()
      el.scrollIntoView?.({ block: 'center' })
    } else if (tries > 0) focusWhenShown(selector, tries - 1)
  })
}
