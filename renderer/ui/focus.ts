/**
 * Focus management, once for every screen: focus never falls to `<body>`.
 *
 * - A dialog remembers what opened it; when it closes, focus goes back there, or to what the
 *   screen asked for (`focusAfterClose`, e.g. the new row), or to an element of the same name
 *   or row, or to the screen's `h1`.
 * - A focused element that disappears (a wizard step replaced, a row changed) hands focus to
 *   the nearest heading that survived it (`installFocusGuard`).
 * - A submitted form whose fields become invalid focuses the first invalid one.
 */

const MODAL = '.modal-overlay, [role="dialog"]';
const FOCUSABLE =
  'a[href], button, input:not([type="hidden"]), select, textarea, [tabindex]:not([tabindex="-1"])';

/** What identifies an element again after React re-created it: its row and its name. */
export interface FocusMemory {
  element: HTMLElement | null;
  /** `data-focus-row` of the closest row holding it (e.g. an agent's id). */
  row?: string;
  /** Its accessible name: aria-label or text. */
  name?: string;
  /** Its ancestors, closest first (to find the nearest one still in the page). */
  ancestors: HTMLElement[];
  /** Inside a dialog: the dialog's own restore handles it. */
  inDialog?: boolean;
}

function nameOf(el: HTMLElement): string | undefined {
  const label = el.getAttribute('aria-label') ?? el.textContent ?? '';
  const name = label.replace(/\s+/g, ' ').trim();
  return name ? name : undefined;
}

export function remember(el: Element | null): FocusMemory {
  if (!(el instanceof HTMLElement) || el === document.body) return { element: null, ancestors: [] };
  const ancestors: HTMLElement[] = [];
  for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) ancestors.push(p);
  return {
    element: el,
    row: el.closest<HTMLElement>('[data-focus-row]')?.dataset.focusRow,
    name: nameOf(el),
    ancestors,
    inDialog: el.closest(MODAL) !== null,
  };
}

function isVisible(el: HTMLElement): boolean {
  return el.isConnected && el.getClientRects().length > 0;
}

/** Focuses `el` (a heading gets `tabindex="-1"` first); true when focus is there. */
export function focusElement(el: Element | null | undefined): boolean {
  if (!(el instanceof HTMLElement) || !isVisible(el)) return false;
  if (/^H[1-6]$/.test(el.tagName) && !el.hasAttribute('tabindex'))
    el.setAttribute('tabindex', '-1');
  el.focus({ preventScroll: false });
  return document.activeElement === el;
}

/** The screen's `h1` (in the main region), focused. */
export function focusPageHeading(): boolean {
  const main = document.getElementById('contenu');
  return focusElement(main?.querySelector('h1')) || focusElement(main);
}

/** Whether focus is lost: on `<body>`, on nothing, or on an element no longer in the page. */
export function focusIsLost(): boolean {
  const active = document.activeElement;
  return !active || active === document.body || !active.isConnected;
}

function modalOpen(): boolean {
  return document.querySelector('.modal-overlay') !== null;
}

function findAgain(memory: FocusMemory): HTMLElement | null {
  const candidates = (root: ParentNode) =>
    [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (e) => !e.closest(MODAL) && isVisible(e),
    );
  if (memory.row !== undefined) {
    const row = document.querySelector<HTMLElement>(`[data-focus-row="${CSS.escape(memory.row)}"]`);
    if (row) {
      const inRow = candidates(row);
      return inRow.find((e) => nameOf(e) === memory.name) ?? inRow[0] ?? null;
    }
  }
  if (memory.name) {
    const main = document.getElementById('contenu') ?? document.body;
    return candidates(main).find((e) => nameOf(e) === memory.name) ?? null;
  }
  return null;
}

/** The nearest heading inside the closest ancestor of `memory` still in the page. */
function nearestHeading(memory: FocusMemory): HTMLElement | null {
  const main = document.getElementById('contenu');
  for (const ancestor of memory.ancestors) {
    if (!ancestor.isConnected) continue;
    if (ancestor === main || !main?.contains(ancestor)) return null;
    const heading = ancestor.querySelector<HTMLElement>('h2, h3, h4');
    if (heading && isVisible(heading)) return heading;
  }
  return null;
}

/** Puts focus back where it belongs after `memory`'s element went (a dialog closed, a row changed). */
export function recoverFocus(memory: FocusMemory): boolean {
  if (!focusIsLost() || modalOpen()) return false;
  return (
    focusElement(memory.element) ||
    focusElement(findAgain(memory)) ||
    focusElement(nearestHeading(memory)) ||
    focusPageHeading()
  );
}

let requested: { find: () => Element | null | undefined; until: number } | null = null;

/**
 * Asks that the next dialog closing focuses what `find` returns (the new row…), trying for a
 * moment while the screen re-renders with the new data.
 */
export function focusAfterClose(find: () => Element | null | undefined, withinMs = 1500): void {
  requested = { find, until: Date.now() + withinMs };
}

/** Called by a dialog when it closes, with what opened it. */
export function restoreAfterDialog(opener: FocusMemory): void {
  const attempt = () => {
    // The retries outlive the dialog; the document may be gone by then (window closed, test
    // environment torn down).
    if (typeof document === 'undefined' || modalOpen()) return;
    const request = requested;
    if (request) {
      if (focusElement(request.find())) {
        requested = null;
        return;
      }
      if (Date.now() < request.until) {
        // Not yet rendered (the live query answers after the write): keep focus meaningful meanwhile.
        recoverFocus(opener);
        setTimeout(attempt, 50);
        return;
      }
      requested = null;
    }
    recoverFocus(opener);
  };
  // After react-aria's own restore (next frame), then ours.
  requestAnimationFrame(() => setTimeout(attempt, 0));
}

/** Last element focused outside any dialog: what opened the next dialog. */
let lastOutside: FocusMemory = { element: null, ancestors: [] };
let lastFocused: FocusMemory = { element: null, ancestors: [] };

export function openerOfDialog(): FocusMemory {
  return lastOutside;
}

let submitted: { form: HTMLFormElement; at: number } | null = null;

/**
 * Installed once by the layout: remembers focus, recovers it when its element disappears, and
 * after a refused submit focuses the form's first invalid field (its message is under it).
 */
export function installFocusGuard(root: Document = document): () => void {
  const onFocusIn = (e: FocusEvent) => {
    if (!(e.target instanceof HTMLElement)) return;
    lastFocused = remember(e.target);
    if (!e.target.closest(MODAL)) lastOutside = lastFocused;
  };
  const onSubmit = (e: Event) => {
    if (e.target instanceof HTMLFormElement) submitted = { form: e.target, at: Date.now() };
  };
  let scheduled = false;
  const check = () => {
    scheduled = false;
    if (typeof document === 'undefined') return;
    if (submitted && Date.now() - submitted.at < 3000 && submitted.form.isConnected) {
      const invalid = submitted.form.querySelector<HTMLElement>('[aria-invalid="true"]');
      if (invalid) {
        // Once per submit: later fixes must not move focus while the user types.
        submitted = null;
        if (document.activeElement !== invalid && focusElement(invalid)) return;
      }
    }
    if (
      focusIsLost() &&
      lastFocused.element &&
      !lastFocused.inDialog &&
      !lastFocused.element.isConnected &&
      !modalOpen()
    ) {
      recoverFocus(lastFocused);
    }
  };
  const observer = new MutationObserver(() => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => setTimeout(check, 0));
  });
  observer.observe(root.body, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['aria-invalid'],
  });
  root.addEventListener('focusin', onFocusIn);
  root.addEventListener('submit', onSubmit, true);
  return () => {
    observer.disconnect();
    root.removeEventListener('focusin', onFocusIn);
    root.removeEventListener('submit', onSubmit, true);
  };
}
