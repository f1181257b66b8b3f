/** Contacts annexes: Cafpro-era « correspondants », side sub-headings naming the body, a row's side from its e-mail. */
import { describe, expect, it } from 'vitest';
import { subHeadingSide } from './contacts';
import { annex } from './contacts-test-support';

describe('« Désignation des correspondants » (Cafpro era)', () => {
  it('reads the annex and the correspondants as administrators', () => {
    const r = annex(
      'ANNEXE 1 – DÉSIGNATION DES CORRESPONDANTS',
      '',
      '2. Pour le partenaire',
      '',
      'Qualité\tNom – Prénom\tFonction\tCourriel\tTéléphone',
      'Correspondant Cafpro titulaire\tDUMOULIN Christine\tDirectrice du CCAS\tc.dumoulin@ville-commentry.fr\t04 70 64 49 21',
      'Correspondant Cafpro suppléant\tPERONNET Frédéric\tAgent d’accueil\tf.peronnet@ville-commentry.fr\t04 70 64 49 23',
      'Correspondant Informatique et Libertés (CIL)\tVERNISSE Nathalie\tJuriste\tcil@ville-commentry.fr\t04 70 64 49 02',
    );
    expect(r.contacts.map((c) => [c.side, c.role, c.name, c.email])).toEqual([
      ['partner', 'administrateur', 'DUMOULIN Christine', 'c.dumoulin@ville-commentry.fr'],
      ['partner', 'administrateur-suppleant', 'PERONNET Frédéric', 'f.peronnet@ville-commentry.fr'],
      ['partner', 'dpo', 'VERNISSE Nathalie', 'cil@ville-commentry.fr'],
    ]);
  });

  it('a sentence naming the correspondants is no annex heading', () => {
    expect(
      annex(
        'Toute modification des correspondants est signalée à la Caf.',
        'Correspondant Cafpro titulaire\tDUMOULIN Christine\tc.dumoulin@ville-commentry.fr',
      ).contacts,
    ).toEqual([]);
  });
});

describe('a side sub-heading that names the body', () => {
  it.each([
    ['Pour la Commune de La Couronne', 'partner'],
    ['Pour le CCAS de Mirande :', 'partner'],
    ['Pour la Caf de la Charente', 'caf'],
    ["Pour l'Association Les Bruyères", 'partner'],
    ['Pour le partenaire', 'partner'],
  ])('%s', (heading, side) => {
    expect(subHeadingSide(heading)).toBe(side);
  });

  it.each([
    'Pour la commune, le maire signe la présente convention.',
    'Pour la Caf : 05 45 20 61 39',
    'Pour toute question',
  ])('no sub-heading: %s', (line) => {
    expect(subHeadingSide(line)).toBeUndefined();
  });
});

describe('the side of a row whose e-mail is not the Caf’s', () => {
  it('a « Caf » row written from another body’s address belongs to the partner', () => {
    const r = annex(
      'Annexe 1 – Les interlocuteurs',
      'Pour la Caf',
      'Rôle\tNom\tMél\tTéléphone',
      'Administrateur\tLudovic BOUTIN\tludovic.boutin@caf16.caf.fr\t05 45 20 61 39',
      'Responsable Sécurité\tsecurite@caf16.caf.fr',
      'Pour la mairie, l’équipe',
      'Administrateur suppléant\tJulie VERGNAUD\tj.vergnaud@lacouronne.fr\t05 45 67 28 45',
    );
    expect(r.contacts.map((c) => [c.side, c.role, c.email])).toEqual([
      ['caf', 'administrateur', 'ludovic.boutin@caf16.caf.fr'],
      ['caf', 'responsable-securite', 'securite@caf16.caf.fr'],
      ['partner', 'administrateur-suppleant', 'j.vergnaud@lacouronne.fr'],
    ]);
  });
});

describe('an annex in Roman figures, one form per person opened by « Rôle : »', () => {
  it('reads each person under the side its numbered sub-heading names', () => {
    const r = annex(
      'Annexe I – Interlocuteurs désignés par les parties',
      '',
      'I.1 – Côté Caf du Haut-Rhin',
      'Rôle :\tAdministrateur local',
      'Nom et prénom :\tYannick BRAUN',
      'Courriel :\tyannick.braun@caf68.caf.fr',
      'Téléphone :\t03 89 33 52 74',
      'Rôle :\tDélégué à la protection des données',
      'Nom et prénom :\tAnne ZIMMERMANN',
      'Courriel :\tdpo@caf68.caf.fr',
      '',
      'I.2 – Côté Communauté d’agglomération',
      'Rôle :\tAdministrateur suppléant',
      'Nom et prénom :\tLaetitia ROMINGER',
      'Courriel :\tl.rominger@ill-hardt.fr',
      'Téléphone :\t03 89 26 41 32 – 06 81 54 20 77',
    );
    expect(r.contacts.map((c) => [c.side, c.role, c.name, c.phones.length])).toEqual([
      ['caf', 'administrateur', 'Yannick BRAUN', 1],
      ['caf', 'dpo', 'Anne ZIMMERMANN', 0],
      ['partner', 'administrateur-suppleant', 'Laetitia ROMINGER', 2],
    ]);
  });

  it.each([
    ['I.1 – Côté Caf du Haut-Rhin', 'caf'],
    ['II.2 - Côté partenaire', 'partner'],
    ['2.1 – Pour la commune de Lure', 'partner'],
  ])('numbered sub-heading %s', (line, side) => {
    expect(subHeadingSide(line)).toBe(side);
  });
});

describe('a table per side whose header cell names the body (« Interlocuteur à l’ARIL »)', () => {
  const CAF_TABLE = [
    'Rôle\tInterlocuteur à la Caf de la Marne',
    'Administrateur\tM. Cédric JACQUET Administrateur local cedric.jacquet@caf51.caf.fr 03 26 84 41 20',
    'Responsable Sécurité\tM. Guillaume ROBINET ssi.cafreims@caf51.caf.fr',
  ];
  const PARTNER_TABLE = [
    'Rôle\tInterlocuteur à l’ARIL',
    'Administrateur\tMme Laetitia COLSON Chargée de gestion l.colson@aril-reims.org 03 26 47 18 02',
    'Responsable Sécurité\tM. Yann DELAHAYE y.delahaye@aril-reims.org 03 26 47 18 05',
  ];
  it('reads the second table as the partner’s, not as more rows of the Caf', () => {
    const r = annex('Annexe 1 – Les interlocuteurs', '', ...CAF_TABLE, '', '', ...PARTNER_TABLE);
    expect(r.contacts.map((c) => [c.side, c.role, c.name])).toEqual([
      ['caf', 'administrateur', 'Cédric JACQUET'],
      ['caf', 'responsable-securite', 'Guillaume ROBINET'],
      ['partner', 'administrateur', 'Laetitia COLSON'],
      ['partner', 'responsable-securite', 'Yann DELAHAYE'],
    ]);
  });
  it.each([
    ['Rôle\tInterlocuteur à l’ARIL', 'partner'],
    ['Fonction\tContacts chez Habitat 08', 'partner'],
    ['Rôle\tInterlocuteur à la Caf de la Marne', 'caf'],
    // a header naming no body, and words after « à » that are no name
    ['Rôle\tInterlocuteur', undefined],
    ['Rôle\tinterlocuteur à contacter', undefined],
  ])('the side of the header row « %s »: %s', (line, side) => {
    expect(subHeadingSide(line)).toBe(side);
  });
});

describe('a « Partie » column whose cell is merged over each side’s rows', () => {
  it('the body’s name on the first row of each side; the rows under it keep its side', () => {
    const r = annex(
      'Annexe 1 – Les interlocuteurs',
      '',
      'Partie\tFonction\tNom\tMél\tTéléphone',
      'Caf de l’Yonne\tAdministrateur\tNathalie BERTHIER\tn.berthier@cafauxerre.cnafmail.fr\t03 86 72 31 45',
      '\tResponsable Sécurité\tYves CHARRIER\ty.charrier@cafauxerre.cnafmail.fr\t03 86 72 30 60',
      '\tCorrespondant Informatique et Libertés\t\tcil.cafauxerre@caf.cnafmail.fr',
      'Centre hospitalier d’Auxerre\tAdministrateur\tAurore LEMAIRE\ta.lemaire@ch-auxerre.fr\t03 86 48 47 12',
      '\tAdministrateur suppléant\tFatima BENALI\tf.benali@ch-auxerre.fr\t03 86 48 47 15',
    );
    expect(r.contacts.map((c) => [c.side, c.role, c.name ?? ''])).toEqual([
      ['caf', 'administrateur', 'Nathalie BERTHIER'],
      ['caf', 'responsable-securite', 'Yves CHARRIER'],
      ['caf', 'dpo', ''],
      ['partner', 'administrateur', 'Aurore LEMAIRE'],
      ['partner', 'administrateur-suppleant', 'Fatima BENALI'],
    ]);
    expect(r.unread).toEqual([]);
  });
});

describe('a row whose label an OCR made unreadable', () => {
  it('its person goes to no record above (an empty role row), and the row is said unread', () => {
    const r = annex(
      'Les interlocuteurs du partenaire',
      '',
      'Fonction\tNom\tMél\tTél.',
      'Administrateur\tMarie DUPOUY\tmh.dupouy@cias-chl.fr\t05 58 04 46 30',
      'Responsable sécurité',
      'CorrespondantI&L (CIL)\tCédric LAFITTE\tc.lafitte@cias-chl.fr\t05 58 04 46 31',
    );
    expect(r.contacts.map((c) => [c.side, c.role, c.name ?? ''])).toEqual([
      ['partner', 'administrateur', 'Marie DUPOUY'],
    ]);
    expect(r.unread).toContain('contacts');
  });
});

describe('« Fonction ⇥ Titulaire ⇥ Suppléant »: the deputy in the last column', () => {
  it('the administrator’s deputy is the partner’s deputy administrator, the Caf’s second administrator', () => {
    const r = annex(
      'Annexe 1 – Les interlocuteurs',
      '',
      'Caf du Gers',
      'Fonction\tTitulaire\tSuppléant',
      'Administrateur\tSandrine DUFFAU s.duffau@cafauch.cnafmail.fr 05 62 61 48 12\tGuillaume TESTAS g.testas@cafauch.cnafmail.fr 05 62 61 48 14',
      'Responsable Sécurité\tsecurite.cafauch@caf.cnafmail.fr',
      'UDAF du Gers',
      'Fonction\tTitulaire\tSuppléant',
      'Administrateur\tNadia BOURDETTE n.bourdette@udaf32.fr 05 62 05 37 21\tJulien SARRAT j.sarrat@udaf32.fr 05 62 05 37 30',
    );
    expect(r.contacts.map((c) => [c.side, c.role, c.name ?? '', c.phones.join(' / ')])).toEqual([
      ['caf', 'administrateur', 'Sandrine DUFFAU', '05 62 61 48 12'],
      ['caf', 'administrateur', 'Guillaume TESTAS', '05 62 61 48 14'],
      ['caf', 'responsable-securite', '', ''],
      ['partner', 'administrateur', 'Nadia BOURDETTE', '05 62 05 37 21'],
      ['partner', 'administrateur-suppleant', 'Julien SARRAT', '05 62 05 37 30'],
    ]);
  });
});

describe('a role × side grid whose header cells name the two bodies', () => {
  const rows = [
    'Administrateur\tSandrine LE GALL s.legall@caf93.caf.fr 01 48 96 42 30\tAwa DIALLO Conseillère a.diallo@ml-x.org 01 48 47 35 66',
    'Administrateur suppléant\t—\tThomas RIBEIRO Chargé d’accueil t.ribeiro@ml-x.org 01 48 47 35 62',
    'Responsable Sécurité\tChristelle NGUYEN c.nguyen@caf93.caf.fr\tOlivier MARCHAND o.marchand@ml-x.org',
  ];
  it.each([
    ['Rôle\tCaf de la Seine-Saint-Denis\tMission locale Bondy – Les Pavillons'],
    ['Rôle\tCaf du Var\tVar Habitat'],
    ['Fonction\tCaisse d’allocations familiales du Var\tVar Habitat (OPH)'],
  ])('%s', (header) => {
    const r = annex('ANNEXE 1 – LES INTERLOCUTEURS', '', header, ...rows);
    const [caf, other] = ['caf', 'partner'];
    expect(r.contacts.map((c) => `${c.side}/${c.role}/${c.name ?? ''}`)).toEqual([
      `${caf}/administrateur/Sandrine LE GALL`,
      `${other}/administrateur/Awa DIALLO`,
      `${other}/administrateur-suppleant/Thomas RIBEIRO`,
      `${caf}/responsable-securite/Christelle NGUYEN`,
      `${other}/responsable-securite/Olivier MARCHAND`,
    ]);
  });
});

describe('a label’s last word wrapped onto a row of its own', () => {
  it.each([
    [
      '| Responsable Mon Compte   | Nadine PEYRAT   | n.peyrat@caf87.caf.fr |',
      '| Partenaire |  |  |',
    ],
    ['Responsable « Mon Compte\tNadine PEYRAT\tn.peyrat@caf87.caf.fr', 'Partenaire »'],
  ])('« %s » then « %s » is no heading of the partner’s side', (row, tail) => {
    const r = annex(
      'Les interlocuteurs à la Caf',
      'Fonction\tNom\tMél',
      'Administrateur\tSylvain MAZEAUD\ts.mazeaud@caf87.caf.fr',
      row,
      tail,
      'Responsable sécurité\tAlain TEXIER\ta.texier@caf87.caf.fr',
      '',
      'Les interlocuteurs chez le partenaire',
      'Fonction\tNom\tMél',
      'Administrateur\tKarine LAGARDE\tk.lagarde@ccas-x.fr',
    );
    expect(r.contacts.map((c) => `${c.side}/${c.role}/${c.name}`)).toEqual([
      'caf/administrateur/Sylvain MAZEAUD',
      'caf/responsable-mcp/Nadine PEYRAT',
      'caf/responsable-securite/Alain TEXIER',
      'partner/administrateur/Karine LAGARDE',
    ]);
  });

  it('a merged row « Partenaire » after a whole label is a heading', () => {
    const r = annex(
      'Les interlocuteurs',
      'Fonction\tNom\tMél',
      'Caf',
      'Administrateur\tSylvain MAZEAUD\ts.mazeaud@caf87.caf.fr',
      'Partenaire',
      'Administrateur\tKarine LAGARDE\tk.lagarde@ccas-x.fr',
    );
    expect(r.contacts.map((c) => `${c.side}/${c.role}/${c.name}`)).toEqual([
      'caf/administrateur/Sylvain MAZEAUD',
      'partner/administrateur/Karine LAGARDE',
    ]);
  });
});
