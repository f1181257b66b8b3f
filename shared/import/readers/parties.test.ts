import { describe, expect, it } from 'vitest';
import { normalizeLines } from '../normalize';
import { parsePerson } from '../text-tools';
import { makeCtx } from './context';
import { collectParties, partnerNameLines, withoutDeterminer } from './parties';

const read = (...lines: string[]) => {
  const ctx = makeCtx(normalizeLines(lines.join('\n')));
  const p = collectParties(ctx);
  const v = (c: { value: string }[]) => c.map((x) => x.value);
  return {
    cafName: v(p.cafName), director: v(p.directorName), directorTitle: v(p.directorTitle),
    partner: v(p.partnerName), address: v(p.partnerAddress), rep: v(p.repName), repTitle: v(p.repTitle),
    email: v(p.partnerEmail), phone: v(p.partnerPhone), unread: ctx.unread.map((u) => u.part),
  };
};

describe('parties block', () => {
  it('reads both sides with damaged anchors (OCR), determiners dropped', () => {
    expect(
      read(
        'La présente convention est signèe entre :',
        'La Caisse d’AIlocations FamiIiales de la Gironde',
        'Dont Ie siège est situé rue du Docteur Péry 33078 BORDEAUX CEDEX',
        'Reprèsentée par sa Directrice, Madame Annick DUPRÉ',
        'Ci-aprés dénornmée « la Caf »',
        'et',
        'la Commune de Saint-Médard-en-Jalles',
        'Place de la République',
        '33160 SAINT-MÉDARD-EN-JALLES',
        'Représentée par Monsieur Paul MARTIN, son Maire',
        'Tél. 05 56 57 40 40 – mairie@saint-medard.fr',
        'Ci-après dénommée « le partenaire »',
      ),
    ).toEqual({
      cafName: ['Caisse d\'allocations familiales de la Gironde'],
      director: ['Annick DUPRÉ'],
      directorTitle: ['Directrice'],
      partner: ['Commune de Saint-Médard-en-Jalles'],
      address: ['Place de la République, 33160 SAINT-MÉDARD-EN-JALLES'],
      rep: ['Paul MARTIN'],
      repTitle: ['Maire'],
      email: ['mairie@saint-medard.fr'],
      phone: ['05 56 57 40 40'],
      unread: [],
    });
  });

  it('switches to the partner on the second « représenté(e) par » when « ci-après » is lost', () => {
    const r = read(
      'Entre les soussignés :',
      'La Caisse d’allocations familiales du Cher',
      'Représentée par son Directeur M. Luc PETIT',
      'Ville de Vierzon',
      'Représenté(e) par : Mme Anne LEROUX, Maire',
      'Il est convenu ce qui suit :',
    );
    expect(r.director).toEqual(['Luc PETIT']);
    expect(r.rep).toEqual(['Anne LEROUX']);
    expect(r.repTitle).toEqual(['Maire']);
  });

  it('says the partner could not be read when the switch never happens', () => {
    const r = read('La présente convention est signée entre :', 'La Caisse d’allocations familiales du Cher', 'Ville de Vierzon', 'Il est convenu ce qui suit :');
    expect(r.partner).toEqual([]);
    expect(r.unread).toEqual(['partner']);
  });

  it('reads the representative on the line after « Représenté(e) par : »', () => {
    const r = read('Le présent contrat est signé entre :', 'Caisse d’allocations familiales du Cher', 'Ci-après dénommée « Caf »', 'et', 'CCAS de Bourges', 'Représenté(e) par :', 'Mme Irène DURAND, Vice-Présidente', 'Ci-après dénommé « le partenaire »');
    expect(r.rep).toEqual(['Irène DURAND']);
    expect(r.repTitle).toEqual(['Vice-Présidente']);
    expect(r.partner).toEqual(['CCAS de Bourges']);
  });

  it('reads « Partenaire : X » lines anywhere, not placeholders', () => {
    const ctx = makeCtx(normalizeLines('Partenaire : la Commune de Lunel\nPartenaires : SAISIR L’IDENTITE\nNom du partenaire : CCAS DE Lunel'));
    expect(partnerNameLines(ctx).map((c) => c.value)).toEqual(['Commune de Lunel', 'CCAS DE Lunel']);
  });

  it.each([
    ['Monsieur Paul MARTIN, son Maire', { name: 'Paul MARTIN', title: 'Maire' }],
    ['Monsieur le Maire, Paul MARTIN', { name: 'Paul MARTIN', title: 'Maire' }],
    ['sa Directrice, Madame Anne MARTIN', { name: 'Anne MARTIN', title: 'Directrice' }],
    ['M Michel Bison le Président', { name: 'Michel Bison', title: 'Président' }],
  ])('person: %s', (raw, expected) => {
    expect(parsePerson(raw)).toEqual(expected);
  });

  it.each([
    ['la Commune de X', 'Commune de X'],
    ['Le Centre communal d’action sociale de Y', 'Centre communal d’action sociale de Y'],
    ['Le Havre Habitat', 'Le Havre Habitat'],
  ])('determiner: %s', (raw, expected) => {
    expect(withoutDeterminer(raw)).toBe(expected);
  });
});
