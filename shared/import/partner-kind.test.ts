import { describe, expect, it } from 'vitest';
import { partnerKind } from './extract';

describe('the partner’s kind from its name', () => {
  it.each([
    ["Centre communal d'action sociale de Pessac", 'CCAS'],
    ['Communauté de communes Ambert Livradois Forez', 'EPCI'],
    ['Métropole Savoie', 'EPCI'],
    // a hospital named after its area is no EPCI
    ['Centre hospitalier Métropole Savoie', 'autre'],
    ['Hôpital intercommunal de la Communauté urbaine', 'autre'],
    ['EHPAD public Résidence du Parc', 'autre'],
    ['Ville de Goussainville', 'commune'],
    ['Association Horizon Solidarités', undefined],
  ])('%s', (name, kind) => {
    expect(partnerKind(name)).toBe(kind);
  });
});
