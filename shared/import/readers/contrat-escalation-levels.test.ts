import { describe, expect, it } from 'vitest';
import { contrat } from './contrat-test-support';

describe('escalation levels under an « Escalade … » lead', () => {
  it.each([
    [
      '« Escalade en cas de difficulté persistante : », dashes',
      'Escalade en cas de difficulté persistante :',
      (n: number, who: string, fn: string, tel: string) => `Niveau ${n} : ${who} – ${fn} – ${tel}`,
    ],
    [
      '« Procédure d’escalade : », commas',
      'Procédure d’escalade :',
      (n: number, who: string, fn: string, tel: string) => `Niveau ${n} : ${who}, ${fn}, ${tel}`,
    ],
    [
      '« Niveaux d’escalade », brackets',
      'Niveaux d’escalade',
      (n: number, who: string, fn: string, tel: string) => `Niveau ${n} – ${who} – ${fn} (${tel})`,
    ],
  ])('%s', (_, lead, row) => {
    const got = contrat(
      lead,
      row(1, 'Monsieur Paul RIVIERE', 'Administrateur local Caf', '04 11 22 33 44'),
      row(2, 'Madame Inès BARON', 'Responsable du pôle partenaires de la Caf', '04 11 22 33 45'),
      row(3, 'Madame Lina MOREL', 'Directrice du CCAS', '04 55 66 77 88'),
    );
    expect(got.escalation.map((e) => e.value)).toEqual([
      {
        side: 'caf',
        name: 'Paul RIVIERE',
        function: 'Administrateur local Caf',
        phone: '04 11 22 33 44',
      },
      {
        side: 'caf',
        name: 'Inès BARON',
        function: 'Responsable du pôle partenaires de la Caf',
        phone: '04 11 22 33 45',
      },
      {
        side: 'partner',
        name: 'Lina MOREL',
        function: 'Directrice du CCAS',
        phone: '04 55 66 77 88',
      },
    ]);
  });

  it.each([
    [
      'dashes',
      (n: number, who: string, fn: string, tel: string) => `Niveau ${n} : ${who} – ${fn} – ${tel}`,
    ],
    [
      'commas',
      (n: number, who: string, fn: string, tel: string) => `Niveau ${n} – ${who}, ${fn}, ${tel}`,
    ],
    [
      '« 1er niveau », brackets',
      (n: number, who: string, fn: string, tel: string) =>
        `${n === 1 ? '1er' : `${n}e`} niveau : ${who} – ${fn} (${tel})`,
    ],
  ])('levels with no civility: %s', (_, row) => {
    const got = contrat(
      'Escalade :',
      row(1, 'Paul RIVIERE', 'Administrateur local Caf', '04 11 22 33 44'),
      row(2, 'Lina MOREL', 'Directrice du CCAS', '04 55 66 77 88'),
    );
    expect(got.escalation.map((e) => e.value)).toEqual([
      {
        side: 'caf',
        name: 'Paul RIVIERE',
        function: 'Administrateur local Caf',
        phone: '04 11 22 33 44',
      },
      {
        side: 'partner',
        name: 'Lina MOREL',
        function: 'Directrice du CCAS',
        phone: '04 55 66 77 88',
      },
    ]);
  });

  it('a sentence mentioning escalation is no lead', () => {
    expect(
      contrat(
        'La procédure d’escalade est décrite à l’article 6 du présent contrat.',
        'Mme Lina MOREL, directrice du CCAS, 04 55 66 77 88',
      ).escalation,
    ).toEqual([]);
  });
});

describe('escalation levels as rows of the contrat’s particulars, no heading', () => {
  it('« Escalade (1) ⇥ X – function – phone – e-mail »: the side from the e-mail’s domain', () => {
    const got = contrat(
      'CONTRAT DE SERVICES – éléments particuliers',
      '',
      'Délai de prise en charge\t2 jours ouvrés',
      'Escalade (1)\tDamien PERROT – Responsable pôle partenaires – 03 25 35 27 44 – damien.perrot@caf52.caf.fr',
      'Escalade (2)\tLucie VIARD – Secrétaire de mairie – 03 25 01 11 60 – l.viard@bourmont52.fr',
      '',
      'ANNEXE 1 – LES INTERLOCUTEURS',
    );
    expect(got.escalation.map((e) => [e.value, e.note])).toEqual([
      [
        {
          side: 'caf',
          name: 'Damien PERROT',
          function: 'Responsable pôle partenaires',
          phone: '03 25 35 27 44',
          email: 'damien.perrot@caf52.caf.fr',
        },
        'Côté déduit de l’adresse électronique.',
      ],
      [
        {
          side: 'partner',
          name: 'Lucie VIARD',
          function: 'Secrétaire de mairie',
          phone: '03 25 01 11 60',
          email: 'l.viard@bourmont52.fr',
        },
        'Côté déduit de l’annexe des interlocuteurs.',
      ],
    ]);
  });
});

describe('an escalation table whose level cell names the side', () => {
  it('« 1 – Caf ⇥ Émilie CARON ⇥ … » rows under « Niveau ⇥ Nom ⇥ Fonction ⇥ … »', () => {
    const got = contrat(
      'CONTRAT DE SERVICES',
      '3.3. La procédure d’escalade en cas d’urgence',
      '',
      'Niveau\tNom\tFonction\tTéléphone\tCourriel',
      '1 – Caf\tÉmilie CARON\tAdministratrice locale\t03 22 71 34 12\temilie.caron@caf80.caf.fr',
      '2 – Caf\tJérôme DUBOIS\tResponsable du département Partenariats\t03 22 71 34 00',
      '1 – Partenaire\tAline POIRET\tDirectrice du CIAS\t03 22 30 45 11\ta.poiret@cias-vimeu.fr',
      '',
      '4. Les horaires d’ouverture des services',
    );
    expect(got.escalation.map((e) => [e.value.side, e.value.name, e.value.function])).toEqual([
      ['caf', 'Émilie CARON', 'Administratrice locale'],
      ['caf', 'Jérôme DUBOIS', 'Responsable du département Partenariats'],
      ['partner', 'Aline POIRET', 'Directrice du CIAS'],
    ]);
  });
});

describe('levels as rows, each side a column named by its body', () => {
  const table = [
    'Article 3.3 – Procédure d’escalade',
    'En l’absence de réponse dans un délai de 10 jours, les interlocuteurs ci-dessous sont sollicités dans l’ordre :',
    '',
    'Ordre\tPour la Caf de l’Yonne\tPour le Centre hospitalier d’Auxerre',
    '1\tMme Nathalie BERTHIER, administratrice MCP – 03 86 72 31 45\tMme Aurore LEMAIRE, cadre socio-éducatif – 03 86 48 47 12',
    '2\tMme Corinne SIMONNET, directrice adjointe – 03 86 72 30 00',
    '',
  ];
  const expected = [
    ['caf', 'Nathalie BERTHIER', 'administratrice MCP', '03 86 72 31 45'],
    ['partner', 'Aurore LEMAIRE', 'cadre socio-éducatif', '03 86 48 47 12'],
    ['caf', 'Corinne SIMONNET', 'directrice adjointe', '03 86 72 30 00'],
  ];
  const rows = (got: ReturnType<typeof contrat>) =>
    got.escalation.map((e) => [e.value.side, e.value.name, e.value.function, e.value.phone]);

  it('a row whose partner cell is empty (trimmed) is read too', () => {
    expect(rows(contrat(...table))).toEqual(expected);
  });

  it('the signatures side by side under the table are no escalation', () => {
    const got = contrat(
      ...table,
      'À Auxerre,\tÀ Auxerre,',
      'Pour la Caf de l’Yonne Le Directeur\tPour le Centre hospitalier d’Auxerre La Directrice',
      'Christophe DUMONT\tCatherine ROYER',
      'le 3 octobre 2017\tle 26 septembre 2017',
    );
    expect(rows(got)).toEqual(expected);
    expect(got.signedOn?.value).toBe('2017-10-03');
  });
});

describe('a level grid laid out with spaces, each person’s cell on several lines', () => {
  it('« Niveau ⎵ Pour la Caf ⎵ Pour le partenaire », name, function, phone, e-mail under each other', () => {
    const got = contrat(
      'Article 3.3 – La procédure d’escalade en cas d’urgence',
      '',
      'Niveau       Pour la Caf                                Pour le partenaire',
      'Niveau 1     Mme Claire HUBERT                          M. Julien PETIT',
      '             Conseillère technique partenaires          Responsable du pôle accès aux droits',
      '             03 26 84 41 27                             03 26 69 38 12',
      '             claire.hubert@cafreims.cnafmail.fr         j.petit@ccas-chalons.fr',
      'Niveau 2     Mme Isabelle COLLIN',
      '             Directrice adjointe',
      '             03 26 84 40 00',
    );
    expect(
      got.escalation.map((e) => [
        e.value.side,
        e.value.name,
        e.value.function,
        e.value.phone,
        e.value.email,
      ]),
    ).toEqual([
      [
        'caf',
        'Claire HUBERT',
        'Conseillère technique partenaires',
        '03 26 84 41 27',
        'claire.hubert@cafreims.cnafmail.fr',
      ],
      [
        'partner',
        'Julien PETIT',
        'Responsable du pôle accès aux droits',
        '03 26 69 38 12',
        'j.petit@ccas-chalons.fr',
      ],
      ['caf', 'Isabelle COLLIN', 'Directrice adjointe', '03 26 84 40 00', undefined],
    ]);
  });
});
