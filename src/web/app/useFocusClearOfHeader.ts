// The browser scrolls a focused control into view only when it is off the screen: one that is on the screen but
// under the fixed header (or the save state floating below it) stays hidden there. This scrolls such a control
// clear, by the page's scroll-padding-top (global.css) — WCAG 2.4.11, focus not obscured. Keyboard focus only: a
// click focuses on mousedown, and scrolling then would move the control away before the mouseup (no click).
import { useEffect } from 'react';
import { headerClearance } from '../ui/headerClearance';

export function useFocusClearOfHeader() {
  useEffect(() => {
    let byKeyboard = false;
    const onKey = () => {
      byKeyboard = true;
    };
    const onPointer = () => {
      byKeyboard = false;
    };
    const onFocus = (event: FocusEvent) => {
      const target = event.target;
      if (!byKeyboard || !(target instanceof HTMLElement)) return;
      // Only what is partly under the top: anything else is where the person left it.
      if (target.getBoundingClientRect().top < headerClearance()) target.scrollIntoView({ block: 'nearest' });
    };
    document.addEventListener('keydown', onKey, true);
    document.addEventListener('pointerdown', onPointer, true);
    document.addEventListener('focusin', onFocus);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('pointerdown', onPointer, true);
      document.removeEventListener('focusin', onFocus);
    };
  }, []);
}
