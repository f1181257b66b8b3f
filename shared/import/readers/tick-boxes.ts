/**
 * Tick boxes in front of an option (« ☒ mode délégué », « [ ] mode centralisé »), as Word, a
 * PDF or an OCR gives them: « [X] », « [x] », « ☒ », « ✔ » ticked; « [ ] », « [] », « [l »,
 * « ☐ », « □ » empty. A bracket holding anything else (« [¥] », « [%] ») is a box whose
 * tick cannot be read: the choice it stands for is not guessed.
 */

export type BoxState = 'ticked' | 'empty' | 'unreadable';

// (a closing bracket OCR'd as « l », « | », « 1 », « I », « J » or lost)
const CLOSE = String.raw`(?:[\]lI|1J)]|(?=\s))`;
const TICKED = String.raw`[☒☑✅✔✓⊠🗹]|\[\s*[xX×✓✔✗K]\s*${CLOSE}|\(\s*[xX×]\s*\)`;
const EMPTY = String.raw`[☐□❏❑⬜▢◻🗆]|\[\s*_?\s*${CLOSE}|\(\s*\)`;
const UNREADABLE = String.raw`\[\s*[^\s\]\p{L}\d]{1,2}\s*[\]lI|1J)]?|\[\s*\p{L}{1,2}\s*\]`;

const STATE: [BoxState, RegExp][] = [
  ['ticked', new RegExp(`^(?:${TICKED})`, 'u')],
  ['empty', new RegExp(`^(?:${EMPTY})`, 'u')],
  ['unreadable', new RegExp(`^(?:${UNREADABLE})`, 'u')],
];

/** A box of any state, as a pattern to embed. */
export const ANY_BOX = `(?:${TICKED}|${EMPTY}|${UNREADABLE})`;

/** The state of the box `text` starts with (after a bullet), and the text after it; undefined with no box. */
export function leadingBox(text: string): { state: BoxState; rest: string } | undefined {
  const t = text.replace(/^\s*(?:[-–•·▪*]\s*)?/u, '');
  for (const [state, re] of STATE) {
    const m = re.exec(t);
    if (m) return { state, rest: t.slice(m[0].length).trim() };
  }
  return undefined;
}

/** The state of a box given alone (« [x] », « ☐ »). */
export function boxState(box: string): BoxState | undefined {
  const b = leadingBox(`${box.trim()} `);
  return b && !b.rest ? b.state : undefined;
}

export interface BoxOption<T> {
  state: BoxState;
  value: T;
  /** 0-based line. */
  line: number;
}

/**
 * The choice a group of box options states: the one ticked when exactly one is and every other
 * box is read empty; 'unreadable' when a tick cannot be read or several are ticked; undefined
 * when every box is empty (a form left blank).
 */
export function ticked<T>(
  options: readonly BoxOption<T>[],
): BoxOption<T> | 'unreadable' | undefined {
  const on = options.filter((o) => o.state === 'ticked');
  if (options.some((o) => o.state === 'unreadable')) return 'unreadable';
  if (on.length > 1 && new Set(on.map((o) => o.value)).size > 1) return 'unreadable';
  return on[0];
}
