import { describe, expect, it } from 'vitest';
import {
  bulletinFields,
  emptyBulletinValues,
  nextAnnexNumber,
  validateBulletin,
  valuesFromBulletin,
} from './bulletin-form';

describe('bulletin form', () => {
  it('numbers the next annex 2.1, 2.2…', () => {
    expect(nextAnnexNumber([])).toBe('2.1');
    expect(nextAnnexNumber([{ annexNumber: '2' }])).toBe('2.2');
    expect(nextAnnexNumber([{ annexNumber: '2.1' }, { annexNumber: '2.3' }, {}])).toBe('2.4');
  });

  it('fills CDAP with the CAF’s label by default, and needs a code for another service', () => {
    const v = emptyBulletinValues([]);
    expect(
      bulletinFields({ ...v, siteLabel: ' Résidence  Les Tilleuls ', date: '2024-01-08' }),
    ).toEqual({
      serviceCode: 'CDAP',
      serviceLabel: 'Consultation du dossier allocataire par les partenaires',
      siteLabel: 'Résidence Les Tilleuls',
      annexNumber: '2.1',
      date: '2024-01-08',
    });
    expect(validateBulletin({ ...v, service: 'other' }).serviceCode).toContain('sigle');
    expect(
      bulletinFields({ ...v, service: 'other', serviceCode: 'AFAS', serviceLabel: '' }),
    ).toEqual({
      serviceCode: 'AFAS',
      annexNumber: '2.1',
    });
    expect(validateBulletin({ ...v, date: '2024-02-30' }).date).toBe('Cette date n’existe pas.');
  });

  it('reads a stored bulletin back', () => {
    expect(
      valuesFromBulletin({ id: 'b', conventionId: 'c', serviceCode: 'CDAP', annexNumber: '2' })
        .service,
    ).toBe('default');
    expect(
      valuesFromBulletin({
        id: 'b',
        conventionId: 'c',
        serviceCode: 'AFAS',
        serviceLabel: 'Aides',
      }),
    ).toMatchObject({
      service: 'other',
      serviceCode: 'AFAS',
      serviceLabel: 'Aides',
    });
  });
});
