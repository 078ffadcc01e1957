import { useEffect, useRef } from 'react';

/**
 * A step of a flow that replaces the one the user acted in (a picked file's preview, the
 * import's progress, its result): the control that had the focus is gone, and the focus
 * would fall back to the page, sending a keyboard user back to the sidebar. The step's
 * heading (tabIndex -1) takes it instead, so that Tab goes on inside the step and a screen
 * reader reads where the user now is. The focus is left alone when it is somewhere else on
 * purpose (the job panel, a dialog).
 */
export function useStepFocus<T extends HTMLElement>(container: string) {
  const ref = useRef<T>(null);
  useEffect(() => {
    const active = document.activeElement;
    const lost = active === null || active === document.body || (active instanceof Element && active.closest(container) !== null);
    if (lost) ref.current?.focus({ preventScroll: false });
  }, [container]);
  return ref;
}
