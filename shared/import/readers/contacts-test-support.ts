/** What the contacts-annex tests share: the reader run on a few lines, and two partner contacts. */
import { normalizeLines } from '../normalize';
import { contactsAnnex } from './contacts';
import { makeCtx } from './context';

export const annex = (...lines: string[]) => {
  const ctx = makeCtx(normalizeLines(lines.join('\n')));
  const r = contactsAnnex(ctx);
  return { contacts: r.contacts.map((c) => c.value), unread: ctx.unread.map((u) => u.part) };
};

export const DJIRE = {
  side: 'partner',
  role: 'administrateur',
  name: 'Véronique DJIRE',
  email: 'v.djire@ville-x.fr',
  phones: ['01 64 13 55 88'],
};
export const COFFI = {
  side: 'partner',
  role: 'administrateur-suppleant',
  name: 'Sandrine COFFI',
  email: 's.coffi@ville-x.fr',
  phones: ['01 64 13 55 76'],
};
