import { describe, expect, it } from 'vitest';
import { normalizeLines } from '../normalize';
import { recordHeading } from './contact-forms';
import { contactsAnnex } from './contacts';
import { makeCtx } from './context';

const annex = (...lines: string[]) => {
  const ctx = makeCtx(normalizeLines(lines.join('\n')));
  return contactsAnnex(ctx).contacts.map((c) => c.value);
};

const EXPECTED = [
  {
    side: 'caf',
    role: 'administrateur',
    name: 'Julien LABORDE',
    email: 'j.laborde@caf65.caf.fr',
    phones: ['05 62 56 20 41'],
  },
  {
    side: 'caf',
    role: 'responsable-mcp',
    name: 'Hélène SOUBIRON',
    email: 'h.soubiron@caf65.caf.fr',
    phones: [],
  },
  {
    side: 'caf',
    role: 'guichet-unique',
    email: 'partenaires.caf65@caf.fr',
    phones: ['05 62 56 20 00'],
  },
  {
    side: 'partner',
    role: 'administrateur-suppleant',
    name: 'Thierry ABADIE',
    email: 't.abadie@ch-x.fr',
    phones: ['06 75 40 12 88'],
  },
  { side: 'partner', role: 'dpo', name: 'Marc LASSERRE', email: 'dpo@ght65.fr', phones: [] },
];

describe('contacts annex written as headed forms', () => {
  it.each([
    [
      'bracketed headings, dashes, a numbered annex title',
      '6. ANNEXE 1 – INTERLOCUTEURS',
      (side: string, role: string) => `[${side} – ${role}]`,
    ],
    [
      'bracketed headings with a colon',
      'Annexe 1 – Les interlocuteurs',
      (side: string, role: string) => `[${side} : ${role}]`,
    ],
    [
      'plain headings « Caf / rôle »',
      'ANNEXE 1 : INTERLOCUTEURS',
      (side: string, role: string) => `${side} / ${role}`,
    ],
  ])('%s', (_, title, head) => {
    const got = annex(
      title,
      '',
      head('Caf', 'Administrateur local'),
      'Nom : Julien LABORDE',
      'Fonction : Administrateur local',
      'Mél : j.laborde@caf65.caf.fr',
      'Téléphone : 05 62 56 20 41',
      '',
      head('Caf', 'Responsable « Mon Compte Partenaire »'),
      'Nom : Hélène SOUBIRON',
      'Courriel : h.soubiron@caf65.caf.fr',
      'Téléphone :',
      '',
      head('Caf', 'Guichet unique du Centre de services'),
      'Mél : partenaires.caf65@caf.fr',
      'Téléphone : 05 62 56 20 00',
      '',
      head('Partenaire', 'Administrateur suppléant'),
      'Nom : Thierry ABADIE',
      'E-mail : t.abadie@ch-x.fr',
      'Téléphone fixe :',
      'Téléphone mobile : 06 75 40 12 88',
      '',
      head(
        'Partenaire',
        'Délégué à la protection des données (DPO mutualisé du groupement hospitalier)',
      ),
      'Nom : Marc LASSERRE',
      'Mél : dpo@ght65.fr',
    );
    expect(got).toEqual(EXPECTED);
  });

  it.each([['Adresse mél'], ['Mail'], ['Adresse e-mail'], ['Courriel']])(
    '« %s : » is the e-mail',
    (label) => {
      const got = annex(
        'Annexe 1 – Interlocuteurs',
        '[Partenaire – Responsable sécurité]',
        'Nom : Olivier DESMET',
        `${label} : rssi@ville-x.fr`,
        'Tél. fixe : 03 59 73 58 00',
      );
      expect(got).toEqual([
        {
          side: 'partner',
          role: 'responsable-securite',
          name: 'Olivier DESMET',
          email: 'rssi@ville-x.fr',
          phones: ['03 59 73 58 00'],
        },
      ]);
    },
  );

  it('an empty label is a blank, never the next line', () => {
    const got = annex(
      'Annexe 1 – Interlocuteurs',
      '[Partenaire – Administrateur]',
      'Nom :',
      'Mél :',
      'Téléphone fixe :',
      'Téléphone mobile : 06 32 18 44 70',
    );
    expect(got).toEqual([{ side: 'partner', role: 'administrateur', phones: ['06 32 18 44 70'] }]);
  });

  it.each([
    ['[Caf – Administrateur local]', { side: 'caf', role: 'administrateur' }],
    [
      '[Partenaire – Administrateur suppléant]',
      { side: 'partner', role: 'administrateur-suppleant' },
    ],
    ['[Responsable sécurité]', { role: 'responsable-securite' }],
    ['Caf : jean.dupont@caf65.caf.fr', undefined],
    ['[Caf – Le centre de services répond aux questions des partenaires sur l’outil]', undefined],
    ['Administrateur local', undefined],
  ])('record heading %s', (line, expected) => {
    const h = recordHeading(line);
    expect(h ? { ...(h.side ? { side: h.side } : {}), role: h.role } : undefined).toEqual(expected);
  });
});

describe('a whole record on one line: side – role : person – details', () => {
  it('reads each side, role, name, e-mail and phones', () => {
    expect(
      annex(
        'Annexe 1 – Les interlocuteurs',
        'CAF – Administrateur : Aurélie PETIT – aurelie.petit@caf51.caf.fr – 03 26 84 42 17',
        'CAF – Délégué à la protection des données : dpd.cafreims@caf.cnafmail.fr',
        'CIAS – Administrateur : Élodie COLIN, Directrice du CIAS – e.colin@cias-vcd.fr – 03 26 41 22 80 – 06 45 18 77 02',
        'CIAS – Délégué à la protection des données : Sophie GAUTHIER (DPO mutualisé CC VCD) – dpo@vitry-champagne-der.fr',
      ),
    ).toEqual([
      {
        side: 'caf',
        role: 'administrateur',
        name: 'Aurélie PETIT',
        email: 'aurelie.petit@caf51.caf.fr',
        phones: ['03 26 84 42 17'],
      },
      { side: 'caf', role: 'dpo', email: 'dpd.cafreims@caf.cnafmail.fr', phones: [] },
      {
        side: 'partner',
        role: 'administrateur',
        name: 'Élodie COLIN',
        email: 'e.colin@cias-vcd.fr',
        phones: ['03 26 41 22 80', '06 45 18 77 02'],
      },
      {
        side: 'partner',
        role: 'dpo',
        name: 'Sophie GAUTHIER',
        email: 'dpo@vitry-champagne-der.fr',
        phones: [],
      },
    ]);
  });
});

describe('numbered one-line records under each side’s heading', () => {
  it('« 1. Administrateur : Mme X – e-mail – phone », the side from « A. Interlocuteurs de la Caf »', () => {
    expect(
      annex(
        'ANNEXE 1 AU CONTRAT DE SERVICE – LISTE DES INTERLOCUTEURS',
        'A. Interlocuteurs de la Caf du Calvados',
        '1. Administrateur : Mme Nathalie GUERIN – nathalie.guerin@cafcaen.cnafmail.fr – 02 31 30 92 14',
        '2. Guichet unique du centre de services : centre-services.cafcaen@caf.cnafmail.fr',
        'B. Interlocuteurs de la Ville de Mondeville',
        '1. Administrateur suppléant : M. Julien MARIE, agent administratif – j.marie@mondeville.fr – 02 31 35 52 11 / 06 72 18 40 93',
        '2. Correspondant Informatique et Libertés : M. Frédéric PAIN (voir ci-dessus)',
        '3. Observations : néant',
      ),
    ).toEqual([
      {
        side: 'caf',
        role: 'administrateur',
        name: 'Nathalie GUERIN',
        email: 'nathalie.guerin@cafcaen.cnafmail.fr',
        phones: ['02 31 30 92 14'],
      },
      {
        side: 'caf',
        role: 'guichet-unique',
        email: 'centre-services.cafcaen@caf.cnafmail.fr',
        phones: [],
      },
      {
        side: 'partner',
        role: 'administrateur-suppleant',
        name: 'Julien MARIE',
        email: 'j.marie@mondeville.fr',
        phones: ['02 31 35 52 11', '06 72 18 40 93'],
      },
      { side: 'partner', role: 'dpo', name: 'Frédéric PAIN', phones: [] },
    ]);
  });
});

describe('listed one-line records wrapped onto the next lines', () => {
  it('« - Administrateur local : M. X, x@…, 04 75 » / « 64 51 37 »; « Correspondant sécurité »', () => {
    expect(
      annex(
        'ANNEXE 1 - LES INTERLOCUTEURS',
        'Pour la Caf de l’Ardèche :',
        '- Responsable Mon Compte Partenaire : Mme Sylvie CHAZE, responsable du pôle',
        'partenaires, sylvie.chaze@caf07.cnafmail.fr, 04 75 64 51 20',
        '- Administrateur local : M. Denis ROUVIERE, denis.rouviere@caf07.cnafmail.fr, 04 75',
        '64 51 37',
        'Pour le CCAS :',
        '- Correspondant sécurité : M. Gérard MOULIN, Président',
      ),
    ).toEqual([
      {
        side: 'caf',
        role: 'responsable-mcp',
        name: 'Sylvie CHAZE',
        email: 'sylvie.chaze@caf07.cnafmail.fr',
        phones: ['04 75 64 51 20'],
      },
      {
        side: 'caf',
        role: 'administrateur',
        name: 'Denis ROUVIERE',
        email: 'denis.rouviere@caf07.cnafmail.fr',
        phones: ['04 75 64 51 37'],
      },
      { side: 'partner', role: 'responsable-securite', name: 'Gérard MOULIN', phones: [] },
    ]);
  });
});

describe('a role heading naming the portal, then « Nom : », « Mél : »', () => {
  it('« Administrateur local « Mon Compte Partenaire » »', () => {
    expect(
      annex(
        'ANNEXE 1 – LES INTERLOCUTEURS',
        '1. A la Caf du Finistère',
        'Administrateur local « Mon Compte Partenaire »',
        'Nom : Yann KERBRAT',
        'Mél : yann.kerbrat@caf29.caf.fr',
        'Tél : 02 98 43 75 12',
      ),
    ).toEqual([
      {
        side: 'caf',
        role: 'administrateur',
        name: 'Yann KERBRAT',
        email: 'yann.kerbrat@caf29.caf.fr',
        phones: ['02 98 43 75 12'],
      },
    ]);
  });
});

describe('the national model’s form: two fields on a line, blanks left', () => {
  it('« Nom : X Prénom : Y », « Adresse mél personnelle et individuelle : », « Téléphone fixe : … Téléphone mobile : … »', () => {
    expect(
      annex(
        'ANNEXE 1 – LES INTERLOCUTEURS',
        'B. Interlocuteurs chez le partenaire (formulaire à compléter par le partenaire)',
        'Administrateur (gestionnaire principal des habilitations)',
        'Nom : ROSAMOND Prénom : Gilles',
        'Fonction : Responsable du service gestion locative',
        'Adresse mél personnelle et individuelle : gilles.rosamond@oph-martinique.fr',
        'Téléphone fixe : 05 96 71 42 18 Téléphone mobile : ______________________',
        'Administrateur suppléant',
        'Nom : LAGIER Prénom : Murielle',
        'Adresse mél personnelle et individuelle : ______________________',
        'Téléphone fixe : 05 96 71 42 25 Téléphone mobile : 06 96 24 81 07',
        'Responsable Sécurité',
        'Nom : ______________________ Prénom : ______________________',
      ),
    ).toEqual([
      {
        side: 'partner',
        role: 'administrateur',
        name: 'Gilles ROSAMOND',
        email: 'gilles.rosamond@oph-martinique.fr',
        phones: ['05 96 71 42 18'],
      },
      {
        side: 'partner',
        role: 'administrateur-suppleant',
        name: 'Murielle LAGIER',
        phones: ['05 96 71 42 25', '06 96 24 81 07'],
      },
    ]);
  });
});

describe('a contacts annex of label and value cells (a Word table per person)', () => {
  it('« Fonction ⇥ … », « Nom ⇥ … », « Courriel ⇥ … », « Téléphone ⇥ … » under each side', () => {
    expect(
      annex(
        'Annexe 1 – Les interlocuteurs',
        'Côté Caf',
        '',
        'Fonction\tAdministrateur',
        'Nom\tChristelle GRONDIN',
        'Courriel\tchristelle.grondin@caf974.caf.fr',
        'Téléphone\t02 62 48 70 21',
        '',
        'Côté Département',
        '',
        'Fonction\tAdministrateur suppléant',
        'Nom\tJohnny PAYET',
        'Courriel\tjohnny.payet@cg974.fr',
        'Téléphone\t02 62 90 41 30',
      ),
    ).toEqual([
      {
        side: 'caf',
        role: 'administrateur',
        name: 'Christelle GRONDIN',
        email: 'christelle.grondin@caf974.caf.fr',
        phones: ['02 62 48 70 21'],
      },
      {
        side: 'partner',
        role: 'administrateur-suppleant',
        name: 'Johnny PAYET',
        email: 'johnny.payet@cg974.fr',
        phones: ['02 62 90 41 30'],
      },
    ]);
  });
});

describe('an older model’s typed form: dotted leaders between the cells', () => {
  it('« Correspondant Cdap (administrateur) ........ Mme X ........ 04.67… ........ mél »', () => {
    expect(
      annex(
        'ANNEXE 1 – DÉSIGNATION DES CORRESPONDANTS',
        '',
        'POUR LA CAF',
        'Correspondant Cdap (administrateur) ........ Mme Martine CROS ........ 04.67.22.41.86 ........ martine.cros@cafmontpellier.cnafmail.fr',
        '',
        'POUR L’ORGANISME PARTENAIRE',
        'Administrateur principal ........ Mme Josiane MAUREL ........ 04.67.87.83.95 ........ j.maurel@ccas-lunel.fr',
        'Correspondant Informatique et Libertés ........ néant',
      ).map((c) => [c.side, c.role, c.name, c.email]),
    ).toEqual([
      ['caf', 'administrateur', 'Martine CROS', 'martine.cros@cafmontpellier.cnafmail.fr'],
      ['partner', 'administrateur', 'Josiane MAUREL', 'j.maurel@ccas-lunel.fr'],
    ]);
  });
});
