import { describe, expect, it } from 'vitest';
import {
  contactFields,
  emptyContactValues,
  validateContact,
  valuesFromContact,
} from './contact-form';

describe('contact form', () => {
  const base = emptyContactValues('administrateur', '2026-11-23');

  it('asks for a name or an e-mail, a valid e-mail and a start date', () => {
    expect(validateContact(base).name).toContain('Indiquez le nom');
    expect(validateContact({ ...base, email: 'ccas@ville-lieusaint.fr' }).name).toBeUndefined();
    expect(
      validateContact({ ...base, name: 'Véronique DJIRE', email: 'pas-un-mel' }).email,
    ).toContain('invalide');
    expect(validateContact({ ...base, name: 'X', validFrom: '' }).validFrom).toBe(
      'Indiquez la date de début.',
    );
    expect(validateContact({ ...base, name: 'X', validFrom: '2026-02-30' }).validFrom).toBe(
      'Cette date n’existe pas.',
    );
  });

  it('refuses a replacement starting on or before the replaced contact’s start', () => {
    expect(validateContact({ ...base, name: 'X' }, '2026-11-23').validFrom).toContain(
      'après le début',
    );
    expect(validateContact({ ...base, name: 'X' }, '2026-11-22')).toEqual({});
  });

  it('drops empty fields and keeps two phones at most', () => {
    const fields = contactFields({
      ...base,
      name: '  Renald   THOMAS ',
      phone1: '01 64 13 55 56',
      phone2: ' ',
    });
    expect(fields).toEqual({
      role: 'administrateur',
      name: 'Renald THOMAS',
      phones: ['01 64 13 55 56'],
      validFrom: '2026-11-23',
    });
    const back = valuesFromContact({ ...fields, id: 'c1', conventionId: 'v1', side: 'partner' });
    expect(back.phone1).toBe('01 64 13 55 56');
    expect(back.phone2).toBe('');
  });
});
