/**
 * Each party's sentence opened by « D'une part, » / « d'autre part, » under « ENTRE » or
 * « Désignation des parties ». Texts written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractConvention } from '../extract';

const read = (head: string[], partnerLead: string) =>
  extractConvention(
    [
      'CONVENTION D’ACCÈS À « MON COMPTE PARTENAIRE »',
      '',
      ...head,
      'D’une part, la Caisse d’Allocations familiales du Calvados, sise 8 avenue du Six Juin, 14000 CAEN, représentée par sa Directrice, Madame Brigitte FOUCHER,',
      '',
      `${partnerLead} le Centre hospitalier Aunay-Bayeux, établissement public de santé, 13 rue de Nesmond, 14400 BAYEUX, représenté par son Directeur, Monsieur Laurent BOURDIN.`,
      '',
      'Article 1 – Objet de la convention',
      'La présente convention fixe les conditions d’accès.',
    ].join('\n'),
  );

describe('parties opened by « D’une part, » / « d’autre part, »', () => {
  it.each([
    [['Désignation des parties', ''], 'd’autre part,'],
    [['ENTRE', ''], 'd’autre part,'],
    [['ENTRE LES SOUSSIGNÉS :', ''], 'Et d’autre part,'],
    [[], 'd’autre part,'],
  ])('%j … %s', (head, partnerLead) => {
    const r = read(head, partnerLead);
    expect(r.caf.name?.value).toBe("Caisse d'Allocations familiales du Calvados");
    expect(r.caf.address?.value).toBe('8 avenue du Six Juin, 14000 CAEN');
    expect(r.caf.directorName?.value).toBe('Brigitte FOUCHER');
    expect(r.caf.directorTitle?.value).toBe('Directrice');
    expect(r.partner.name?.value).toBe('Centre hospitalier Aunay-Bayeux');
    expect(r.partner.address?.value).toBe('13 rue de Nesmond, 14400 BAYEUX');
    expect(r.partner.representativeName?.value).toBe('Laurent BOURDIN');
    expect(r.partner.representativeTitle?.value).toBe('Directeur');
  });
});
