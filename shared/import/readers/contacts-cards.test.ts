/**
 * Contacts annexes written as one card per person: « Fonction : » forms under « A/ … de la Caf »
 * sub-headings, « > Body – role – Name » headings with pictogram lines, sub-headings that are
 * only a body's name, a phone column an OCR gave after the table.
 */
import { describe, expect, it } from 'vitest';
import { bodyHeadingSide, contactSection, subHeadingSide } from './contacts';
import { annex } from './contacts-test-support';
import { recordHeading, unlabelledDetails } from './contact-forms';
import { cellPersonName, severalPersons } from './records-pieces';

const rows = (r: ReturnType<typeof annex>) =>
  r.contacts.map((c) => [c.side, c.role, c.name ?? '', c.email ?? '', c.phones.join(' / ')]);

describe('« Fonction : » cards under lettered side sub-headings', () => {
  it.each([
    ['A/', 'B/'],
    ['A)', 'B)'],
    ['1.', '2.'],
  ])('sub-headings « %s … de la Caf » / « %s … du partenaire »', (a, b) => {
    const r = annex(
      'ANNEXE 1 – FICHES DES INTERLOCUTEURS',
      '',
      `${a} Interlocuteurs de la Caf`,
      '',
      'Fonction : Administratrice locale',
      'Nom : Odile MERCADIER',
      'Courriel : odile.mercadier@caf33.caf.fr',
      'Tél. : 05 56 43 50 12',
      '',
      'Fonction : Délégué à la protection des données',
      'Nom :',
      'Courriel : dpo.caf33@caf.cnafmail.fr',
      'Tél. :',
      '',
      `${b} Interlocuteurs du partenaire`,
      '',
      'Fonction : Administrateur suppléant',
      'Nom : Yanis BOUAZIZ',
      'Courriel : y.bouaziz@ccas-pessac.fr',
      'Tél. : 05 57 93 63 10 / 06 12 40 88 71',
      '',
      'Fonction : Responsable de la sécurité et référent informatique et',
      '           libertés',
      'Nom : Claire DUPUCH',
      'Courriel : c.dupuch@pessac.fr',
    );
    expect(rows(r)).toEqual([
      [
        'caf',
        'administrateur',
        'Odile MERCADIER',
        'odile.mercadier@caf33.caf.fr',
        '05 56 43 50 12',
      ],
      ['caf', 'dpo', '', 'dpo.caf33@caf.cnafmail.fr', ''],
      [
        'partner',
        'administrateur-suppleant',
        'Yanis BOUAZIZ',
        'y.bouaziz@ccas-pessac.fr',
        '05 57 93 63 10 / 06 12 40 88 71',
      ],
      ['partner', 'responsable-securite', 'Claire DUPUCH', 'c.dupuch@pessac.fr', ''],
      ['partner', 'dpo', 'Claire DUPUCH', 'c.dupuch@pessac.fr', ''],
    ]);
  });

  it('« Fonction : » under a bracketed heading stays the job title', () => {
    const r = annex(
      'Annexe 1 – Interlocuteurs',
      '[Partenaire – Administrateur]',
      'Nom : Lise PONS',
      'Fonction : Responsable de la sécurité',
      'Mél : l.pons@ville-x.fr',
    );
    expect(rows(r)).toEqual([['partner', 'administrateur', 'Lise PONS', 'l.pons@ville-x.fr', '']]);
  });
});

describe('« > Body – role – Name » cards with pictogram lines', () => {
  it('reads side, role, name, e-mail and phones; wrapped headings put back', () => {
    const r = annex(
      'ANNEXE 2 – QUI CONTACTER ?',
      '',
      '▸ Caf du Gard – administratrice locale – Mme Nadia BENSALEM',
      '  ✉ nadia.bensalem@caf30.caf.fr   ☎ 04 66 27 11 40',
      '',
      '▸ Caf du Gard – délégué à la protection des données',
      '  ✉ dpd.caf30@caf.cnafmail.fr',
      '',
      '▸ Commune d’Alès – administrateur suppléant – Bruno ROUVIÈRE, instructeur',
      '  du service logement',
      '  ✉ b.rouviere@ville-ales.fr   ☎ 04 66 56 11 02 / 06 71 22 34 90',
      '',
      '▸ Commune d’Alès – responsable de la sécurité des systèmes',
      '  d’information – Serge ALLÈGRE',
      '  ✉ rssi@ville-ales.fr',
    );
    expect(rows(r)).toEqual([
      ['caf', 'administrateur', 'Nadia BENSALEM', 'nadia.bensalem@caf30.caf.fr', '04 66 27 11 40'],
      ['caf', 'dpo', '', 'dpd.caf30@caf.cnafmail.fr', ''],
      [
        'partner',
        'administrateur-suppleant',
        'Bruno ROUVIÈRE',
        'b.rouviere@ville-ales.fr',
        '04 66 56 11 02 / 06 71 22 34 90',
      ],
      ['partner', 'responsable-securite', 'Serge ALLÈGRE', 'rssi@ville-ales.fr', ''],
    ]);
  });

  it.each([
    [
      '> Caf de la Loire – administrateur local – Rémi CHAVANNE',
      { side: 'caf', role: 'administrateur', name: 'Rémi CHAVANNE' },
    ],
    ['Centre hospitalier – délégué à la protection des données', { side: 'partner', role: 'dpo' }],
    [
      '> Association Escale – RSSI – Paul VIDAL',
      { side: 'partner', role: 'responsable-securite', name: 'Paul VIDAL' },
    ],
    ['Caf de la Loire – Direction de l’action sociale', undefined],
    ['Article 3 – Administrateur – obligations', undefined],
  ])('card heading %s', (line, expected) => {
    const h = recordHeading(line);
    expect(
      h
        ? { ...(h.side ? { side: h.side } : {}), role: h.role, ...(h.name ? { name: h.name } : {}) }
        : undefined,
    ).toEqual(expected);
  });

  it.each([
    ['✉ a.b@caf30.caf.fr   ☎ 04 66 27 11 40', 1, 1],
    ['Tél. 04 66 27 11 40 – mél a.b@x.fr', 1, 1],
    ['Contactez le 04 66 27 11 40 pour toute question', undefined, undefined],
  ])('unlabelled details %s', (line, emails, phones) => {
    const d = unlabelledDetails(line);
    expect(d?.emails.length).toBe(emails);
    expect(d?.phones.length).toBe(phones);
  });
});

describe('« » » card markers and « Mél. / Tél. » detail lines', () => {
  it('reads the cards once the text is normalised', () => {
    const r = annex(
      'ANNEXE 1 – PERSONNES À CONTACTER',
      '» Caf du Cantal – référent Mon Compte Partenaire – Karl MEYER',
      '  Mél. karl.meyer@caf15.caf.fr    Tél. 04 71 45 60 40',
      '» Commune de Mauriac – administratrice suppléante – Léa',
      '  FAYE',
      '  Mél. l.faye@mauriac.fr',
    );
    expect(rows(r)).toEqual([
      ['caf', 'responsable-mcp', 'Karl MEYER', 'karl.meyer@caf15.caf.fr', '04 71 45 60 40'],
      ['partner', 'administrateur-suppleant', 'Léa FAYE', 'l.faye@mauriac.fr', ''],
    ]);
  });
});

describe('a sub-heading that is only a body’s name', () => {
  it('splits a tab table into the Caf’s rows and the partner’s', () => {
    const r = annex(
      'ANNEXE 1 – INTERLOCUTEURS',
      '',
      'Caisse d’allocations familiales de la Réunion',
      'Rôle\tNom\tCourriel\tTéléphone',
      'Administrateur local\tJessy PAYET\tjessy.payet@caf974.caf.fr\t0262 40 31 12',
      'Guichet unique\t\tpartenaires@caf974.caf.fr\t0262 40 30 00',
      '',
      'Association Ti Kaz Solidaire',
      'Rôle\tNom\tCourriel\tTéléphone',
      'Administrateur\tMarie-Line HOARAU\tml.hoarau@tikaz.re\t0262 21 08 40',
      'Délégué à la protection des données\tCabinet DATAKOR – Maître Loïc GRONDIN\tdpo@datakor.re\t',
    );
    expect(rows(r)).toEqual([
      ['caf', 'administrateur', 'Jessy PAYET', 'jessy.payet@caf974.caf.fr', '02 62 40 31 12'],
      ['caf', 'guichet-unique', '', 'partenaires@caf974.caf.fr', '02 62 40 30 00'],
      ['partner', 'administrateur', 'Marie-Line HOARAU', 'ml.hoarau@tikaz.re', '02 62 21 08 40'],
      ['partner', 'dpo', 'Loïc GRONDIN', 'dpo@datakor.re', ''],
    ]);
  });

  it.each([
    ['Caf de la Vienne', 'caf'],
    ['CCAS de Châtellerault', 'partner'],
    ['Centre hospitalier de Vienne :', 'partner'],
    ['Association Les Amis du Quai', 'partner'],
    ['Caf de la Vienne – 05 49 44 55 00', undefined],
    ['Commune de Lusignan, représentée par son maire.', undefined],
    ['Administrateur local', undefined],
    ['Le partenaire', undefined],
  ])('%s', (line, side) => {
    expect(bodyHeadingSide(line)).toBe(side);
    if (side) expect(subHeadingSide(line)).toBe(side);
  });

  it('a phone column given after the rows is no one’s (flagged, not the last row’s)', () => {
    const r = annex(
      'ANNEXE 1 - LES INTERLOCUTEURS',
      'Fonction Nom Messagerie',
      'Commune de Lusignan',
      'Administrateur Anne GIRAUD a.giraud@lusignan.fr',
      'Responsable Sécurité Paul MOREL p.morel@lusignan.fr',
      '',
      'Téléphone',
      '',
      '05 49 43 31 48',
      '05 49 43 31 50',
    );
    expect(rows(r)).toEqual([
      ['partner', 'administrateur', 'Anne GIRAUD', 'a.giraud@lusignan.fr', ''],
      ['partner', 'responsable-securite', 'Paul MOREL', 'p.morel@lusignan.fr', ''],
    ]);
    expect(r.unread).toContain('contacts');
  });
});

describe('annex headings naming contacts', () => {
  it.each([
    ['ANNEXE 1 – QUI CONTACTER', true],
    ['Annexe 2 : Contacts', true],
    ['ANNEXE 1 - FICHES INTERLOCUTEURS', true],
    ['Annexe 3 – Contacts utiles pour la facturation des prestations', false],
    ['Les contacts de la Caf sont indiqués ci-dessous.', false],
    ['ANNEXE 1 – LISTE DES CONTACTS', true],
    ['Annexe n° 1 : Coordonnées des contacts', true],
    ['ANNEXE 1 - DÉSIGNATION DES RÉFÉRENTS', true],
    ['Annexe 2 – Liste des personnes à contacter', true],
    ['ANNEXE 1 : CONTACTS MON COMPTE PARTENAIRE', true],
    ['Annexe 1 – Personnes ressources', true],
    ['Annexe 1 – Référents de la convention', true],
    ['Annexe 4 – Liste des pièces justificatives', false],
    ['Interlocuteur\tFonction\tTéléphone\tAdresse mél', false],
    ['Interlocuteurs de la Caf\tNom\tCourriel', true],
  ])('%s', (line, yes) => {
    expect(Boolean(contactSection(line))).toBe(yes);
  });
});

describe('a name cell naming a firm and its person', () => {
  it.each([
    ['Cabinet ALIZÉS CONSEIL – Maître Rose THÉODOSE', 'Rose THÉODOSE'],
    ['Société DATA PROTECT (Me Hugo LENOIR)', 'Hugo LENOIR'],
    ['Céline MARCHETTI, responsable du CCAS', 'Céline MARCHETTI'],
  ])('%s', (cell, name) => {
    expect(cellPersonName(cell)).toBe(name);
  });
});

describe('side sub-headings behind a decoration', () => {
  it.each([
    ['>> CÔTÉ CAF DE LA CORRÈZE', 'caf'],
    ['■ Pour le partenaire', 'partner'],
    ['▸ Côté CIAS du Pays de Tulle :', 'partner'],
    ['=== Pour la Caf ===', 'caf'],
    ['▌ CÔTÉ CAF DU MORBIHAN', 'caf'],
    ['▌ CÔTÉ PARTENAIRE (ARMOR OCÉAN HABITAT)', 'partner'],
    ['— CÔTÉ CAF DU GARD —', 'caf'],
    ['— CÔTÉ HABITAT GARDOIS —', 'partner'],
    ['Côté de l’Office public de l’habitat :', 'partner'],
    ['>> Le CCAS désigne ses interlocuteurs ci-après.', undefined],
    ['Côté pratique, les demandes sont adressées par courriel.', undefined],
  ])('%s', (line, side) => {
    expect(subHeadingSide(line)).toBe(side);
  });

  it('« Rôle : » / « Nom : » / « Prénom : » cards under « >> CÔTÉ … » sub-headings', () => {
    const r = annex(
      'ANNEXE 1 – FICHES INTERLOCUTEURS',
      '',
      '>> CÔTÉ CAF DE LA CORRÈZE',
      '',
      '[Fiche 1]',
      'Rôle : Administrateur local',
      'Nom : MAZEAU',
      'Prénom : Hélène',
      'Téléphone : 05 55 29 31 40',
      'Courriel : helene.mazeau@caf19.caf.fr',
      '',
      '>> CÔTÉ CIAS DU PAYS DE TULLE',
      '',
      '[Fiche 2]',
      'Rôle : Administrateur suppléant',
      'Nom : FAURE',
      'Prénom : Bastien',
      'Téléphone portable : 06 71 22 09 13',
      'Courriel : b.faure@cias-tulle.fr',
    );
    expect(rows(r)).toEqual([
      ['caf', 'administrateur', 'Hélène MAZEAU', 'helene.mazeau@caf19.caf.fr', '05 55 29 31 40'],
      [
        'partner',
        'administrateur-suppleant',
        'Bastien FAURE',
        'b.faure@cias-tulle.fr',
        '06 71 22 09 13',
      ],
    ]);
  });
});

describe('cards behind « ► » under « ▌ CÔTÉ … » sub-headings, details after ✉ and ☎', () => {
  it('each card a contact of its side', () => {
    const r = annex(
      'Annexe 1',
      'LES INTERLOCUTEURS',
      '',
      '▌ CÔTÉ CAF DU MORBIHAN',
      '',
      '► Administrateur « Mon Compte Partenaire »',
      '   Gwenaëlle LE CORRE – Conseillère partenaires logement',
      '   ✉ gwenaelle.le-corre@caf56.caf.fr      ☎ 02 97 46 72 18',
      '',
      '▌ CÔTÉ PARTENAIRE (ARMOR OCÉAN HABITAT)',
      '',
      '► Administrateur',
      '   Maël JÉGO – Responsable du service Gestion locative',
      '   ✉ m.jego@aoh.fr      ☎ 02 97 84 31 22   📱 06 72 15 48 93',
    );
    expect(r.contacts.map((c) => [c.side, c.role, c.name, c.email, c.phones.join(', ')])).toEqual([
      [
        'caf',
        'administrateur',
        'Gwenaëlle LE CORRE',
        'gwenaelle.le-corre@caf56.caf.fr',
        '02 97 46 72 18',
      ],
      ['partner', 'administrateur', 'Maël JÉGO', 'm.jego@aoh.fr', '02 97 84 31 22, 06 72 15 48 93'],
    ]);
  });
});

describe('cards whose heading is the role in square brackets, the person on the line under it', () => {
  it('« [Administrateur] », « Name — job title », « e-mail | phone », under « — CÔTÉ … — »', () => {
    const r = annex(
      'ANNEXE 1 – VOS INTERLOCUTEURS',
      '',
      '— CÔTÉ CAF DU GARD —',
      '',
      '[Administrateur]',
      'Nadia BENSALEM — Conseillère technique partenaires',
      'nadia.bensalem@cafnimes.cnafmail.fr | 04 66 27 58 21',
      '',
      '[Responsable « Mon Compte Partenaire »]',
      'Olivier GRAS — Responsable du département relations partenaires',
      'olivier.gras@cafnimes.cnafmail.fr | 04 66 27 58 03',
      '',
      '[Délégué à la protection des données]',
      'dpo.cafnimes@caf.cnafmail.fr',
      '',
      '— CÔTÉ HABITAT GARDOIS —',
      '',
      '[Administrateur]',
      'Sabine ROUX — Responsable du contentieux locatif',
      'sabine.roux@habitat-gardois.fr | 04 66 62 41 10 / 06 71 24 35 90',
      '',
      '[Administrateur suppléant]',
      'Karim HADDAD — Chargé de mission systèmes d’information',
      'k.haddad@habitat-gardois.fr | 04 66 62 41 27',
    );
    expect(rows(r)).toEqual([
      [
        'caf',
        'administrateur',
        'Nadia BENSALEM',
        'nadia.bensalem@cafnimes.cnafmail.fr',
        '04 66 27 58 21',
      ],
      [
        'caf',
        'responsable-mcp',
        'Olivier GRAS',
        'olivier.gras@cafnimes.cnafmail.fr',
        '04 66 27 58 03',
      ],
      ['caf', 'dpo', '', 'dpo.cafnimes@caf.cnafmail.fr', ''],
      [
        'partner',
        'administrateur',
        'Sabine ROUX',
        'sabine.roux@habitat-gardois.fr',
        '04 66 62 41 10 / 06 71 24 35 90',
      ],
      [
        'partner',
        'administrateur-suppleant',
        'Karim HADDAD',
        'k.haddad@habitat-gardois.fr',
        '04 66 62 41 27',
      ],
    ]);
    expect(r.unread).toEqual([]);
  });

  it('a role label read exactly is not marked corrected because a longer label is near it', () => {
    expect(recordHeading('[Administrateur]')).toMatchObject({
      role: 'administrateur',
      corrected: false,
    });
    expect(recordHeading('[Délégué à la protection des données]')).toMatchObject({
      role: 'dpo',
      corrected: false,
    });
  });
});

describe('two persons in one cell whose lines were joined', () => {
  it.each([
    ['PASQUIER Émilie GIROD Mathieu', ['PASQUIER Émilie', 'GIROD Mathieu']],
    ['Émilie PASQUIER Mathieu GIROD', ['Émilie PASQUIER', 'Mathieu GIROD']],
    ['Anne DE LA TOUR', undefined],
    ['Jean-Pierre DUPONT', undefined],
  ])('%s', (cell, persons) => {
    expect(severalPersons(cell)).toEqual(persons);
  });

  it('each with the e-mail and the phone of the same rank, under a plural label', () => {
    const r = annex(
      'Annexe 1 – Les interlocuteurs de la Caf',
      '',
      'Fonction\tNom\tQualité\tCoordonnées',
      'Administrateurs\tPASQUIER Émilie GIROD Mathieu\tConseillère partenariats Technicien conseil\tTél. : 04 50 88 43 17 – emilie.pasquier@cafannecy.cnafmail.fr Tél. : 04 50 88 43 19 – mathieu.girod@cafannecy.cnafmail.fr',
    );
    expect(rows(r)).toEqual([
      [
        'caf',
        'administrateur',
        'PASQUIER Émilie',
        'emilie.pasquier@cafannecy.cnafmail.fr',
        '04 50 88 43 17',
      ],
      [
        'caf',
        'administrateur',
        'GIROD Mathieu',
        'mathieu.girod@cafannecy.cnafmail.fr',
        '04 50 88 43 19',
      ],
    ]);
  });
});
