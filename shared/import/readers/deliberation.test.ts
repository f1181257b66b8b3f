/**
 * A council deliberation read alone (no convention with it): letterhead, CAF named in the
 * text, number right-aligned or lower down, mode, quotas in a sentence. Texts written for
 * the test in shapes councils use.
 */
import { describe, expect, it } from 'vitest';
import { extractConvention } from '../extract';

const deliberation = (parts: { head: string; number: string; body: string }) => `${parts.head}

EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL

Séance du 14 mars 2024

Nombre de conseillers en exercice : 23 – présents : 19

L'an deux mille vingt-quatre, le quatorze mars, le Conseil municipal s'est réuni sous la présidence du Maire.

Secrétaire de séance : Mme Lucie PERRIN.

${parts.number}

Objet : Accès à l'espace « Mon Compte Partenaire »

${parts.body}

Pour extrait conforme,
Le Maire,
Henri FAURE
`;

const BODY_CDAP = `Considérant que la Caisse d'allocations familiales de la Haute-Garonne propose aux communes un accès sécurisé
aux dossiers des allocataires ; que le bulletin d'adhésion au service Cdap fixe le nombre
d'habilitations à 4 pour le profil T1 et à 1 pour le profil T13,

Le Conseil municipal, après en avoir délibéré,
- DÉCIDE d'opter pour la gestion centralisée des habilitations ;
- AUTORISE le Maire à signer la convention avec la Caisse d'allocations familiales de la Haute-Garonne.`;

describe('a deliberation alone', () => {
  it.each([
    {
      name: 'a town hall letterhead (street and town on two lines), a number right-aligned',
      head: 'RÉPUBLIQUE FRANÇAISE\nDépartement de la Haute-Garonne\n\nMAIRIE DE SAINT-ORENS\n4 place Jean Jaurès\n31650 SAINT-ORENS\nTél. : 05 61 39 00 00',
      number: '                                        N° 2024-031',
      partner: 'MAIRIE DE SAINT-ORENS',
      address: '4 place Jean Jaurès 31650 SAINT-ORENS',
      phone: '05 61 39 00 00',
      deliberationNumber: '2024-031',
    },
    {
      name: 'a CCAS letterhead with its address on one line, « Délibération n° » lower down',
      head: 'Centre communal d’action sociale de Muret\n12 rue de l’Hôtel de Ville – 31600 MURET',
      number: '                              Délibération n° CM-2024/12',
      // the importer reads apostrophes as « ' »
      partner: "Centre communal d'action sociale de Muret",
      address: "12 rue de l'Hôtel de Ville – 31600 MURET",
      phone: undefined,
      deliberationNumber: 'CM-2024/12',
    },
  ])('$name', ({ head, number, partner, address, phone, deliberationNumber }) => {
    const x = extractConvention(deliberation({ head, number, body: BODY_CDAP }));
    expect(x.partner.name?.value).toBe(partner);
    expect(x.partner.address?.value).toBe(address);
    expect(x.partner.phone?.value).toBe(phone);
    expect(x.caf.name?.value).toBe("Caisse d'allocations familiales de la Haute-Garonne");
    expect(x.deliberation.number?.value).toBe(deliberationNumber);
    expect(x.deliberation.date?.value).toBe('2024-03-14');
    expect(x.convention.mode?.value).toBe('centralisé');
    expect(x.bulletins).toHaveLength(1);
    expect(x.bulletins[0]!.value.serviceCode).toBe('CDAP');
    expect(x.bulletins[0]!.value.quotas.map((q) => [q.value.profileCode, q.value.max])).toEqual([
      ['T1', 4],
      ['T13', 1],
    ]);
  });

  it.each([
    {
      name: 'quotas for no named service give no bulletin',
      body: "Le nombre d'habilitations est fixé à 4 pour le profil T1.\n- DÉCIDE d'opter pour la gestion déléguée des habilitations ;",
      bulletins: 0,
      mode: 'délégué',
    },
    {
      name: 'no mode chosen, no mode read',
      body: 'Considérant la convention proposée par la Caf,\n- AUTORISE le Maire à signer la convention.',
      bulletins: 0,
      mode: undefined,
    },
  ])('$name', ({ body, bulletins, mode }) => {
    const x = extractConvention(deliberation({ head: 'MAIRIE DE BALMA', number: '', body }));
    expect(x.bulletins).toHaveLength(bulletins);
    expect(x.convention.mode?.value).toBe(mode);
    // a CAF never named in full is not invented
    expect(x.caf.name).toBeUndefined();
  });

  it('takes nothing from a deliberation letterhead when a convention comes with it', () => {
    const text = `${deliberation({ head: 'MAIRIE DE BALMA\n1 rue Rouget de Lisle 31130 BALMA', number: 'N° 2024-2', body: BODY_CDAP })}

CONVENTION D'ACCÈS À « MON COMPTE PARTENAIRE »

Entre la Caisse d'allocations familiales de la Haute-Garonne, représentée par M. Paul ROUX, son directeur,
et la Commune de Balma, représentée par M. Henri FAURE, Maire,
Il est convenu ce qui suit :
Article 1 – Objet
La présente convention définit les modalités d'accès.`;
    const x = extractConvention(text);
    expect(x.partner.address?.value).not.toBe('1 rue Rouget de Lisle 31130 BALMA');
  });

  it.each([
    {
      name: 'two administrators named in a sentence, with an e-mail',
      body: "- DÉSIGNE Mme Inès BOYER, directrice du CCAS (i.boyer@ville-balma.fr), en qualité d'administratrice, et M. Hugo LAMBERT, agent d'accueil, en qualité d'administrateur suppléant ;",
      expected: [
        ['administrateur', 'Inès BOYER', 'i.boyer@ville-balma.fr'],
        ['administrateur-suppleant', 'Hugo LAMBERT', undefined],
      ],
    },
    {
      name: 'the authorised signatory is no administrator; a person without a role is not taken',
      body: '- AUTORISE le Maire, M. Henri FAURE, à signer la convention ;\n\n- DÉSIGNE Mme Inès BOYER pour suivre le dossier.',
      expected: [],
    },
  ])('$name', ({ body, expected }) => {
    const x = extractConvention(deliberation({ head: 'MAIRIE DE BALMA', number: '', body }));
    expect(x.contacts.map((c) => [c.value.role, c.value.name, c.value.email])).toEqual(expected);
    expect(x.contacts.every((c) => c.value.side === 'partner')).toBe(true);
  });
});

describe('the deliberation’s number written other ways', () => {
  it.each([
    ['Délibération DEL-CIAS-2023-31', 'DEL-CIAS-2023-31'],
    [
      'Décision n° CA-2016-09-04 : le Conseil d’administration autorise sa Présidente à signer.',
      'CA-2016-09-04',
    ],
    ['Délibération du 14 mars 2024', undefined],
  ])('%s', (line, number) => {
    const x = extractConvention(
      [
        'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL D’ADMINISTRATION',
        'Séance du 14 décembre 2023',
        '',
        line,
        'Objet : accès au portail « Mon Compte Partenaire »',
      ].join('\n'),
    );
    expect(x.deliberation.number?.value).toBe(number);
  });
});
