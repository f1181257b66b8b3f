import { describe, expect, it } from 'vitest';
import { annex } from './contacts-test-support';

const row = (c: { side: string; role: string; name?: string; email?: string; phones: string[] }) =>
  [c.side, c.role, c.name, c.email, c.phones.join(' + ')].join(' | ');

describe('contacts written as sentences', () => {
  it.each([
    [
      'numbered sub-headings give the side; details in the next sentence go with the persons just named',
      [
        'Annexe 1 – Interlocuteurs',
        '',
        'A) Interlocuteurs de la Caf',
        '',
        'Les référents « Mon Compte Partenaire » de la Caisse sont Monsieur Hugo FERRY et Madame Léa GIMENEZ. Ils répondent sur la boîte partenaires.mcp@caf66.caf.fr et au 04 68 11 22 01.',
        '',
        'B) Interlocuteurs de la commune',
        '',
        "Le rôle d'administratrice du partenaire est tenu par Madame Inès CAZALS, directrice du pôle solidarités. Elle est joignable au 04 68 30 40 50 et par courriel à i.cazals@ville-ceret.fr.",
      ],
      [
        'caf | responsable-mcp | Hugo FERRY | partenaires.mcp@caf66.caf.fr | 04 68 11 22 01',
        'caf | responsable-mcp | Léa GIMENEZ | partenaires.mcp@caf66.caf.fr | 04 68 11 22 01',
        'partner | administrateur | Inès CAZALS | i.cazals@ville-ceret.fr | 04 68 30 40 50',
      ],
    ],
    [
      'one person holding two roles (« exerce aussi les fonctions de »), details after the sentence',
      [
        'Annexe 1 – Les interlocuteurs chez le partenaire',
        '',
        'Le correspondant RGPD de la commune est Monsieur Jordi PUIG, chargé de mission numérique, qui exerce aussi les fonctions de responsable de la sécurité. Coordonnées : j.puig@ville-ceret.fr, 04 68 30 40 77.',
      ],
      [
        'partner | dpo | Jordi PUIG | j.puig@ville-ceret.fr | 04 68 30 40 77',
        'partner | responsable-securite | Jordi PUIG | j.puig@ville-ceret.fr | 04 68 30 40 77',
      ],
    ],
    [
      'two persons each with their own details in one sentence',
      [
        'Annexe 1 – Les interlocuteurs chez le partenaire',
        '',
        'Les administrateurs désignés par la commune sont Madame Inès CAZALS (i.cazals@ville-ceret.fr, 04 68 30 40 50) et Monsieur Paul ROIG (p.roig@ville-ceret.fr, 04 68 30 40 51).',
      ],
      [
        'partner | administrateur | Inès CAZALS | i.cazals@ville-ceret.fr | 04 68 30 40 50',
        'partner | administrateur | Paul ROIG | p.roig@ville-ceret.fr | 04 68 30 40 51',
      ],
    ],
  ])('%s', (_, lines, expected) => {
    expect(annex(...lines).contacts.map(row)).toEqual(expected);
  });

  it('a role word inside an e-mail address is no role', () => {
    const r = annex(
      'Annexe 1 – Les interlocuteurs à la Caf',
      '',
      'Le responsable « Mon Compte Partenaire » est Monsieur Xavier COSTE. Il répond sur administrateurs.mcp@caf66.caf.fr.',
    );
    expect(r.contacts.map(row)).toEqual([
      'caf | responsable-mcp | Xavier COSTE | administrateurs.mcp@caf66.caf.fr | ',
    ]);
  });

  it.each([
    [
      'two persons, two roles, no « également »: nobody knows who holds which',
      'Le responsable de la sécurité, Monsieur Jordi PUIG, travaille avec le délégué à la protection des données, Madame Anna VIDAL, sur les demandes d’accès aux données personnelles.',
    ],
    [
      'two persons and two e-mails after both names: whose is whose cannot be told',
      'Les administrateurs de la commune sont Madame Inès CAZALS et Monsieur Paul ROIG, joignables à i.cazals@ville-ceret.fr et p.roig@ville-ceret.fr.',
    ],
    [
      'one person, a role, and another role that is only mentioned',
      "L'administrateur est Monsieur Paul ROIG (p.roig@ville-ceret.fr) ; il informe le responsable de la sécurité de tout incident constaté sur les postes de travail.",
    ],
  ])('nothing is guessed: %s', (_, sentence) => {
    const r = annex('Annexe 1 – Les interlocuteurs chez le partenaire', '', sentence);
    // (the last case: the administrator alone, from the first clause)
    expect(r.contacts.every((c) => c.role === 'administrateur' && c.name === 'Paul ROIG')).toBe(
      true,
    );
    if (!r.contacts.length) expect(r.unread).toEqual(['contacts']);
  });
});
