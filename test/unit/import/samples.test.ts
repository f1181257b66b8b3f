import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  extractConvention,
  type ConventionExtraction,
  type Extracted,
} from '../../../shared/import';

const sample = (name: string) =>
  readFileSync(new URL(`../../fixtures/samples/${name}`, import.meta.url), 'utf8');
const val = <T>(e: Extracted<T> | undefined) => e?.value;

/** Every extracted value must point at a line of the normalised text that holds it. */
function expectSourcesConsistent(x: ConventionExtraction) {
  const all: (Extracted<unknown> | undefined)[] = [
    ...Object.values(x.caf),
    ...Object.values(x.partner),
    ...Object.values(x.deliberation),
    x.convention.number,
    x.convention.signedAt,
    x.convention.signedOn,
    x.convention.mode,
    ...x.convention.missions,
    ...x.contacts,
    ...x.bulletins,
    ...x.serviceContract.escalation,
  ];
  for (const e of all) {
    if (!e) continue;
    expect(e.sourceLine).toBeGreaterThan(0);
    expect(x.lines[e.sourceLine - 1]).toBe(e.sourceText);
  }
}

describe('Lieusaint 2023 (deliberation + contrat de services + annexes + bulletin + the convention twice)', () => {
  const x = extractConvention(sample('lieusaint-2023.txt'));

  it('reads the partner, with its SIRET checked and the spelling conflicts reported', () => {
    expect(val(x.partner.name)).toBe('CCAS de Lieusaint');
    expect(val(x.partner.kind)).toBe('CCAS');
    expect(val(x.partner.siret)).toBe('26770164700013');
    expect(x.partner.siret?.confidence).toBe('high');
    expect(val(x.partner.address)).toBe('50 rue de Paris 77127 LIEUSAINT');
    expect(val(x.partner.representativeName)).toBe('Michel Bisson');
    expect(val(x.partner.representativeTitle)).toBe('Président');
    expect(x.partner.email).toBeUndefined();
    const fields = x.conflicts.map((c) => c.field).sort();
    expect(fields).toEqual(['caf.address', 'partner.address', 'partner.representativeName']);
    const rep = x.conflicts.find((c) => c.field === 'partner.representativeName')!;
    expect(rep.chosen).toBe('Michel Bisson');
    expect(rep.values.map((v) => v.value).sort()).toEqual(['Michel Bison', 'Michel Bisson']);
    expect(x.partner.representativeName?.confidence).toBe('medium');
    const address = x.conflicts.find((c) => c.field === 'partner.address')!;
    expect(address.values.map((v) => v.value).sort()).toEqual([
      '50 rue de Paris 77127 LIEUSAIN',
      '50 rue de Paris 77127 LIEUSAINT',
    ]);
  });

  it('reads the CAF and its director', () => {
    expect(val(x.caf.name)).toBe("Caisse d'Allocations familiales de Seine et Marne");
    expect(val(x.caf.directorName)).toBe('Pedro RODRIGUES');
    expect(val(x.caf.directorTitle)).toBe('Directeur Général');
    // 21-23 (contrat) and 22-23 (both copies of the convention): reported, not hidden
    expect(x.caf.address?.value).toMatch(/^2[12]-23 avenue du Général Leclerc 77000 MELUN$/i);
    expect(x.caf.address?.confidence).toBe('medium');
  });

  it('reads the convention: number, place, mode, missions (once, though the convention is there twice)', () => {
    expect(val(x.convention.number)).toBe('2023-267 701 647');
    expect(val(x.convention.signedAt)).toBe('Melun');
    expect(x.convention.signedOn).toBeUndefined(); // « Fait à Melun, le . ./ . ./ »: not dated
    expect(val(x.convention.mode)).toBe('délégué');
    expect(x.convention.missions.map((m) => m.value)).toEqual([
      'Instruction des dossiers FSL',
      'Suivi, instruction et accompagnement des allocataires dans leur ouverture de droits',
    ]);
  });

  it('reads the deliberation', () => {
    expect(val(x.deliberation.body)).toBe("Conseil d'administration du CCAS");
    expect(val(x.deliberation.date)).toBe('2023-12-12');
    expect(val(x.deliberation.number)).toBe('10.2023');
    expect(x.deliberation.prefectureActId).toBeUndefined();
  });

  it('reads the contrat de services: date, service centre, escalation in order', () => {
    expect(val(x.serviceContract.signedOn)).toBe('2024-01-08');
    expect(val(x.serviceContract.serviceCentreEmail)).toBe(
      'CAF77-BP-MONCOMPTE-PARTENAIRES@caf77.caf.fr',
    );
    expect(val(x.serviceContract.serviceCentreHours)).toBe('du lundi au vendredi de 9 h à 16 h');
    expect(x.serviceContract.handlingTime).toBeUndefined();
    expect(x.serviceContract.escalation.map((e) => e.value)).toEqual([
      {
        side: 'caf',
        name: 'Myriam DETOURNAY',
        function: 'Administrateur local',
        phone: '01 64 83 74 63',
      },
      {
        side: 'caf',
        name: 'Karine BOUPIES',
        function: 'Administrateur local',
        phone: '01 64 83 75 18',
      },
      {
        side: 'partner',
        name: 'Véronique DJIRE',
        function: 'Administrateur',
        phone: '01 64 13 55 88',
      },
      {
        side: 'partner',
        name: 'Sandrine COFFI',
        function: 'Administrateur',
        phone: '01 64 13 55 76',
      },
    ]);
  });

  it('reads the contacts annex on both sides; the second Administrateur becomes suppléant, to confirm', () => {
    const caf = x.contacts.filter((c) => c.value.side === 'caf').map((c) => c.value);
    expect(caf).toEqual([
      {
        side: 'caf',
        role: 'administrateur',
        email: 'CAF77-BP-MONCOMPTE-PARTENAIRES@caf77.caf.fr',
        phones: ['01 64 83 74 63', '01 64 83 75 18'],
      },
      {
        side: 'caf',
        role: 'responsable-mcp',
        email: 'CAF77-BP-MONCOMPTE-PARTENAIRES@caf77.caf.fr',
        phones: [],
      },
      {
        side: 'caf',
        role: 'responsable-securite',
        email: 'christophe.le-guehenec@cafmelun.cnafmail.fr',
        phones: [],
      },
      {
        side: 'caf',
        role: 'responsable-informatique',
        email: 'christophe.le-guehenec@cafmelun.cnafmail.fr',
        phones: [],
      },
      {
        side: 'caf',
        role: 'dpo',
        email: 'informatique-et-libertes.cafmelun@caf.cnafmail.fr',
        phones: [],
      },
      {
        side: 'caf',
        role: 'guichet-unique',
        email: 'CAF77-BP-MONCOMPTE-PARTENAIRES@caf77.caf.fr',
        phones: [],
      },
    ]);
    const partner = x.contacts.filter((c) => c.value.side === 'partner');
    expect(partner.map((c) => c.value)).toEqual([
      {
        side: 'partner',
        role: 'administrateur',
        name: 'Véronique DJIRE',
        phones: ['01 64 13 55 88'],
      },
      {
        side: 'partner',
        role: 'administrateur-suppleant',
        name: 'Sandrine COFFI',
        email: 's.coffi@ville-lieusaint.fr',
        phones: ['01 64 13 55 76'],
      },
      // « Réналd » (Cyrillic letters in a Latin name) is repaired
      {
        side: 'partner',
        role: 'responsable-securite',
        name: 'Rénald THOMAS',
        email: 'r.thomas@ville-lieusaint.fr',
        phones: ['01 64 13 55 56'],
      },
      {
        side: 'partner',
        role: 'dpo',
        name: 'Rénald THOMAS',
        email: 'r.thomas@ville-lieusaint.fr',
        phones: ['01 64 13 55 56'],
      },
    ]);
    expect(partner[1]!.confidence).toBe('low');
    expect(partner[1]!.note).toMatch(/Confirmez/);
    expect(x.flags.administrateurReassigned).toBe(true);
  });

  it('reads the Cdap bulletin with T13 = 4 and nothing for the empty profiles', () => {
    expect(x.bulletins).toHaveLength(1);
    const b = x.bulletins[0]!.value;
    expect(b.serviceCode).toBe('CDAP');
    expect(b.serviceLabel).toBe('Consultation du dossier allocataire par les partenaires');
    expect(b.annexNumber).toBe('2');
    expect(b.siteLabel).toBeUndefined();
    expect(b.date).toBeUndefined();
    expect(b.quotas.map((q) => q.value)).toEqual([{ profileCode: 'T13', max: 4 }]);
    expect(x.lines[b.quotas[0]!.sourceLine - 1]).toBe('T13\t4');
  });

  it('is not taken for a template, and every source line holds its value', () => {
    expect(x.flags.looksLikeBlankTemplate).toBe(false);
    expect(x.flags.noConventionFound).toBe(false);
    expectSourcesConsistent(x);
  });
});

describe('Mons-en-Barœul 2017 (a town hall, 2017 template)', () => {
  const x = extractConvention(sample('mons-en-baroeul-2017.txt'));

  it('reads partner, SIRET, CAF, number, signature and missions', () => {
    expect(val(x.partner.name)).toBe('MAIRIE DE MONS EN BAROEUL');
    expect(val(x.partner.kind)).toBe('commune');
    expect(val(x.partner.siret)).toBe('21590410300011');
    expect(x.partner.siret?.confidence).toBe('high');
    expect(val(x.partner.address)).toBe('27 Avenue Robert Schuman, 59370 MONS EN BAROEUL');
    expect(val(x.partner.representativeName)).toBe('Rudy ELEGEEEST');
    expect(val(x.partner.representativeTitle)).toBe('Maire');
    expect(val(x.partner.phone)).toBe('03 20 61 78 90');
    expect(val(x.partner.email)).toBe('contact@ville-mons-en-baroeul.fr');
    expect(val(x.caf.name)).toBe("Caisse d'Allocations Familiales du Nord");
    expect(val(x.caf.address)).toBe('59863 LILLE CEDEX 9');
    expect(val(x.caf.directorName)).toBe('Luc GRARD');
    expect(val(x.caf.directorTitle)).toBe('Directeur général');
    expect(val(x.convention.number)).toBe('2017-21590410300011');
    expect(val(x.convention.signedAt)).toBe('Lille');
    expect(val(x.convention.signedOn)).toBe('2017-05-11');
    expect(x.convention.missions.map((m) => m.value)).toEqual([
      'Accès Aux Quotients Familiaux Pour Les Activités Petite Enfance, Enfance Et Jeunesse',
      "Accès Aux Informations D'Adressages Des Familles",
    ]);
  });

  it('invents nothing the document does not hold: no mode chosen, no contacts, no bulletin, no deliberation', () => {
    expect(x.convention.mode).toBeUndefined(); // art. 9.1 only states the default
    expect(x.contacts).toEqual([]);
    expect(x.bulletins).toEqual([]);
    expect(x.deliberation).toEqual({});
    expect(x.serviceContract).toEqual({ escalation: [] });
    expect(x.conflicts).toEqual([]);
    expect(x.flags.looksLikeBlankTemplate).toBe(false);
    expectSourcesConsistent(x);
  });
});

describe('Seine-Maritime 2020 (a deliberation + the CAF’s blank template)', () => {
  const x = extractConvention(sample('seine-maritime-2020-template.txt'));

  it('says it looks like a blank template and invents no partner, number, SIRET, missions, contacts or bulletins', () => {
    expect(x.flags.looksLikeBlankTemplate).toBe(true);
    expect(x.warnings[0]).toMatch(/modèle vierge/);
    expect(x.partner).toEqual({});
    expect(x.convention.number).toBeUndefined();
    expect(x.convention.signedOn).toBeUndefined();
    expect(x.convention.mode).toBeUndefined();
    expect(x.convention.missions).toEqual([]);
    expect(x.contacts).toEqual([]);
    expect(x.bulletins).toEqual([]);
    expect(x.serviceContract).toEqual({ escalation: [] });
  });

  it('still reads what the text does hold: the CAF (pre-filled) and the deliberation', () => {
    expect(val(x.caf.name)).toBe("Caisse d'Allocations Familiales de Seine-Maritime");
    expect(val(x.caf.address)).toBe('CS 86017 - 4 rue des Forgettes – 76017 ROUEN CEDEX');
    expect(val(x.caf.directorName)).toBe('HAMONIC Pascal');
    expect(val(x.caf.directorTitle)).toBe('Directeur');
    expect(val(x.deliberation.body)).toBe('Conseil municipal');
    expect(val(x.deliberation.date)).toBe('2020-07-02');
    expect(val(x.deliberation.number)).toBe('2020-07-02-57');
    expect(val(x.deliberation.prefectureActId)).toBe('76-217605757-20200702-lmc117618-DE-1-1');
    expectSourcesConsistent(x);
  });
});

describe('documents it has never seen', () => {
  it('reads OCR damage (« Tl », « |5 », « Frangois », ligatures), several bulletins for one service (one per site)', () => {
    const text = [
      'Convention d’accès à « Mon Compte Partenaire »',
      'Convention n° 2019-0042',
      'La présente convention est signée entre :',
      'La Caisse d’Allocations familiales de l’Ain',
      'Dont le siège est situé 4 rue Aristide Briand 01000 BOURG-EN-BRESSE',
      'Représentée par sa Directrice, Madame Anne MARTIN',
      'Ci – après dénommée « Caf »',
      'et',
      'Centre Communal d’Action Sociale d’Oyonnax',
      '1 place de la Mairie 01100 OYONNAX',
      'Représenté(e) par Monsieur Frangois DUPONT, Vice-Président',
      'Numéro de SIRET : 2 6 0 1 0 0 7 9 5 0 0 0 1 8',
      'Ci – après dénommé(e) « le partenaire »',
      'Il est convenu ce qui suit :',
      'Article 8 – Missions du partenaire',
      '- Instruction des demandes d’aide ﬁnancière',
      'Article 9 – Engagements des parties',
      'Annexe 2.1',
      'Bulletin d’adhésion au service : Cdap – Service social',
      'Profils\tNombre d’utilisateurs autorisés',
      'Tl\t|5',
      'T13\t2',
      'Annexe 2.2',
      'Bulletin d’adhésion au service : Cdap – Résidence autonomie',
      'Profils\tNombre d’utilisateurs autorisés',
      'T13\t1',
    ].join('\n');
    const x = extractConvention(text);
    expect(val(x.caf.name)).toBe("Caisse d'Allocations familiales de l'Ain");
    expect(val(x.caf.directorName)).toBe('Anne MARTIN');
    expect(val(x.caf.directorTitle)).toBe('Directrice');
    expect(val(x.partner.name)).toBe("Centre Communal d'Action Sociale d'Oyonnax");
    expect(val(x.partner.kind)).toBe('CCAS');
    expect(val(x.partner.representativeName)).toBe('François DUPONT');
    expect(val(x.partner.representativeTitle)).toBe('Vice-Président');
    expect(x.convention.missions.map((m) => m.value)).toEqual([
      "Instruction des demandes d'aide financière",
    ]);
    expect(x.bulletins.map((b) => b.value.siteLabel)).toEqual([
      'Service social',
      'Résidence autonomie',
    ]);
    expect(x.bulletins.map((b) => b.value.annexNumber)).toEqual(['2.1', '2.2']);
    expect(x.bulletins[0]!.value.quotas.map((q) => q.value)).toEqual([
      { profileCode: 'T1', max: 5 },
      { profileCode: 'T13', max: 2 },
    ]);
    expect(x.bulletins[1]!.value.quotas.map((q) => q.value)).toEqual([
      { profileCode: 'T13', max: 1 },
    ]);
  });

  it('gives a SIRET whose check digit is wrong, with low confidence and the reason', () => {
    const x = extractConvention(
      [
        'Le présent contrat est signé entre :',
        'Caisse d’allocations familiales du Cher',
        'Ci-après dénommée « Caf »',
        'et',
        'Ville de Vierzon',
        'Numéro de SIRET : 267 701 647 00014',
        'Ci-après dénommé(e) « le partenaire »',
      ].join('\n'),
    );
    expect(val(x.partner.siret)).toBe('26770164700014');
    expect(x.partner.siret?.confidence).toBe('low');
    expect(x.warnings.join(' ')).toMatch(/clé de contrôle/);
  });

  it('finds nothing in a text that is not a convention, and says so', () => {
    const x = extractConvention('Compte rendu de la réunion du 3 mars.\nPrésents : Mme A, M. B.\n');
    expect(x.flags.noConventionFound).toBe(true);
    expect(x.partner).toEqual({});
    expect(x.contacts).toEqual([]);
  });
});
