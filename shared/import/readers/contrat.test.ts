import { describe, expect, it } from 'vitest';
import { normalizeLines } from '../normalize';
import { makeCtx } from './context';
import { nameBeforeFunction, serviceContract } from './contrat';
import { findBlocks } from './segmentation';

const escalation = (...body: string[]) => {
  const ctx = makeCtx(
    normalizeLines(
      [
        'Contrat de services',
        'Article 1 – Objet du contrat de services',
        '',
        'Article 3.3 – La procédure d’escalade',
        ...body,
        '',
        'Article 4 – Horaires',
      ].join('\n'),
    ),
  );
  return serviceContract(ctx, findBlocks(ctx.lines), []).escalation.map((e) => e.value);
};

const CAF_A = {
  side: 'caf',
  name: 'Paul RIVIERE',
  function: 'administrateur local',
  phone: '04 11 22 33 44',
};
const CAF_B = {
  side: 'caf',
  name: 'Inès BARON',
  function: 'responsable du pôle',
  phone: '04 11 22 33 45',
};
const PARTNER = {
  side: 'partner',
  name: 'Lina MOREL',
  function: 'directrice du CCAS',
  phone: '04 55 66 77 88',
};

describe('escalation contacts', () => {
  it.each([
    [
      'one sentence naming both sides',
      [
        'Pour la Caf, il convient de joindre M. Paul RIVIERE, administrateur local, au 04 11 22 33 44, puis Mme Inès BARON, responsable du pôle, au 04.11.22.33.45. Pour le partenaire, la Caf appelle Mme Lina MOREL, directrice du CCAS, au 04 55 66 77 88.',
      ],
    ],
    [
      'one line per side',
      [
        'Côté Caf : M. Paul RIVIERE – administrateur local (04 11 22 33 44) puis Mme Inès BARON – responsable du pôle (04 11 22 33 45)',
        'Côté partenaire : Mme Lina MOREL – directrice du CCAS (04 55 66 77 88)',
      ],
    ],
  ])('%s', (_, body) => {
    expect(escalation(...body)).toEqual([CAF_A, CAF_B, PARTNER]);
  });

  it('a sentence wrapped just before a dotted phone number reads on', () => {
    // a text wrapped at about 140 characters (enough lines for the wrap width to be known)
    const prose = Array.from(
      { length: 24 },
      (_, k) =>
        `Le partenaire respecte les engagements du présent contrat de services pour chacun de ses sites et de ses services, ce qui vaut pour l’article ${k + 10}.`,
    );
    expect(
      escalation(
        ...prose,
        '',
        'Pour la Caf, il convient de joindre M. Paul RIVIERE, administrateur local, au 04 11 22 33 44, puis Mme Inès BARON, responsable du pôle, au',
        '04.11.22.33.45. Pour le partenaire, la Caf appelle Mme Lina MOREL, directrice du CCAS, au 04 55 66 77 88.',
      ),
    ).toEqual([CAF_A, CAF_B, PARTNER]);
  });

  it('columns joined by spaces: the function starts after the surname in capitals', () => {
    expect(
      escalation(
        'Pour la Caf : M. Paul RIVIERE Administrateur local 04 11 22 33 44',
        'Pour le partenaire : Mme Lina MOREL Directrice 04 55 66 77 88',
      ),
    ).toEqual([
      { ...CAF_A, function: 'Administrateur local' },
      { ...PARTNER, function: 'Directrice' },
    ]);
  });

  it('a table with a « Structure » column under a short « Escalade » heading: the column gives the side', () => {
    const ctx = makeCtx(
      normalizeLines(
        [
          'Contrat de services',
          'Article 1 – Objet du contrat de services',
          '',
          'Article 3.3 – Escalade',
          '| Ordre | Structure | Nom | Téléphone |',
          '|---|---|---|---|',
          '| 1 | Caf | M. Paul RIVIERE | 04 11 22 33 44 |',
          '| 2 | CCAS | Mme Lina MOREL | 04 55 66 77 88 |',
          '',
          'Article 4 – Horaires',
        ].join('\n'),
      ),
    );
    expect(serviceContract(ctx, findBlocks(ctx.lines), []).escalation.map((e) => e.value)).toEqual([
      { side: 'caf', name: 'Paul RIVIERE', phone: '04 11 22 33 44' },
      { side: 'partner', name: 'Lina MOREL', phone: '04 55 66 77 88' },
    ]);
  });

  it.each([
    [
      'six columns, level first, a structure column',
      [
        'Niveau\tStructure\tFonction\tNom\tTéléphone\tCourriel',
        'Niveau 1\tCaf\tadministrateur local\tPaul RIVIERE\t04 11 22 33 44\tp.riviere@caf32.caf.fr',
        'Niveau 2\tCaf\tresponsable du pôle\tInès BARON\t04 11 22 33 45\ti.baron@caf32.caf.fr',
        'Niveau 1\tCCAS\tdirectrice du CCAS\tLina MOREL\t04 55 66 77 88\tl.morel@ccas-auch.fr',
      ],
    ],
    [
      'six columns, the side last, civilities in the name',
      [
        'Ordre\tFonction\tNom et prénom\tTél.\tMél\tPartie',
        '1\tadministrateur local\tM. Paul RIVIERE\t04 11 22 33 44\tp.riviere@caf32.caf.fr\tCaf',
        '2\tresponsable du pôle\tMme Inès BARON\t04 11 22 33 45\ti.baron@caf32.caf.fr\tCaf',
        '3\tdirectrice du CCAS\tMme Lina MOREL\t04 55 66 77 88\tl.morel@ccas-auch.fr\tPartenaire',
      ],
    ],
    [
      'a column the reader does not know, the sides from cues',
      [
        'Pour la Caf',
        'Niveau\tFonction\tNom\tTéléphone\tE-mail\tDisponibilité',
        '1er niveau\tadministrateur local\tPaul RIVIERE\t04 11 22 33 44\tp.riviere@caf32.caf.fr\t9 h – 12 h',
        '2e niveau\tresponsable du pôle\tInès BARON\t04 11 22 33 45\ti.baron@caf32.caf.fr\t9 h – 17 h',
        'Pour le partenaire',
        'Niveau\tFonction\tNom\tTéléphone\tE-mail\tDisponibilité',
        '1\tdirectrice du CCAS\tLina MOREL\t04 55 66 77 88\tl.morel@ccas-auch.fr\tlundi',
      ],
    ],
  ])('an escalation table: %s', (_, body) => {
    const mail = ['p.riviere@caf32.caf.fr', 'i.baron@caf32.caf.fr', 'l.morel@ccas-auch.fr'];
    expect(escalation(...body)).toEqual(
      [CAF_A, CAF_B, PARTNER].map((p, k) => ({ ...p, email: mail[k] })),
    );
  });

  it.each([
    [
      'a plural function then a colon',
      'Pour la Caf, les responsables du pôle : Mme Inès BARON (04 11 22 33 45) et M. Paul RIVIERE (04 11 22 33 44).',
      'responsable du pôle',
    ],
    [
      'a plural function with no separator',
      'Pour la Caf, les administrateurs locaux Mme Inès BARON, 04 11 22 33 45, et M. Paul RIVIERE, 04 11 22 33 44.',
      'administrateur local',
    ],
    [
      '« ses » and a comma',
      'Pour la Caf : ses responsables de l’offre partenaires, Mme Inès BARON au 04 11 22 33 45 puis M. Paul RIVIERE au 04 11 22 33 44.',
      "responsable de l'offre partenaires",
    ],
  ])('prose escalation, %s: each person takes the function, in the singular', (_, line, fn) => {
    expect(escalation(line)).toEqual([
      { side: 'caf', name: 'Inès BARON', function: fn, phone: '04 11 22 33 45' },
      { side: 'caf', name: 'Paul RIVIERE', function: fn, phone: '04 11 22 33 44' },
    ]);
  });

  it.each([
    [
      'a singular function before one person',
      'Pour le partenaire, la directrice du CCAS, Mme Lina MOREL (04 55 66 77 88).',
      'directrice du CCAS',
    ],
    [
      'a verb is no function',
      'Pour le partenaire, la Caf appelle Mme Lina MOREL au 04 55 66 77 88.',
      undefined,
    ],
    [
      '« le partenaire contacte » is no function',
      'Pour le partenaire : le référent contacte Mme Lina MOREL au 04 55 66 77 88.',
      undefined,
    ],
  ])('prose escalation, %s', (_, line, fn) => {
    expect(escalation(line)).toEqual([
      {
        side: 'partner',
        name: 'Lina MOREL',
        ...(fn ? { function: fn } : {}),
        phone: '04 55 66 77 88',
      },
    ]);
  });

  it.each([
    ['Paul RIVIERE Administrateur', 'Paul RIVIERE'],
    ['Anne-Emilie Ravache', 'Anne-Emilie Ravache'],
    ['Yannick LE GALL', 'Yannick LE GALL'],
    ['Jean DE LA FONTAINE Responsable Sécurité', 'Jean DE LA FONTAINE'],
  ])('name before function: %s', (raw, name) => {
    expect(nameBeforeFunction(raw)).toBe(name);
  });

  it.each([
    [
      'on the line',
      ['Le centre de services est joignable par messagerie : centre@caf32.caf.fr'],
      'centre@caf32.caf.fr',
    ],
    [
      'alone on the next line',
      [
        'Le centre de services est ouvert de 9 h à 12 h. Il est joignable par messagerie :',
        'centre@caf32.caf.fr',
      ],
      'centre@caf32.caf.fr',
    ],
    [
      '« Contact » on the line naming the centre',
      [
        'Le centre de services est ouvert de 9 h à 12 h. Contact : centre@caf32.caf.fr – 05 62 00 00 00',
      ],
      'centre@caf32.caf.fr',
    ],
    [
      'after a label with no colon',
      ['Adresse électronique du centre de services', 'centre@caf32.caf.fr'],
      'centre@caf32.caf.fr',
    ],
    [
      'after a label and a blank line',
      ['Adresse électronique du centre de services :', '', 'centre@caf32.caf.fr'],
      'centre@caf32.caf.fr',
    ],
    [
      'after « à l’adresse suivante : » and a blank line',
      ['Le centre de services Caf est joignable à l’adresse suivante :', '', 'mcp@caf32.caf.fr'],
      'mcp@caf32.caf.fr',
    ],
    [
      'after a « Courriel : » label of its own',
      [
        'Le centre de services Caf est ouvert de 9 h à 12 h.',
        '',
        'Courriel :',
        'centre@caf32.caf.fr',
      ],
      'centre@caf32.caf.fr',
    ],
    [
      'with a remark in brackets',
      ['Mél du centre de services :', 'centre@caf32.caf.fr (à privilégier)'],
      'centre@caf32.caf.fr',
    ],
    [
      'in a sentence wrapped before « à l’adresse »',
      [
        'Le centre de services peut être saisi par courriel',
        'à l’adresse centre@caf32.caf.fr en précisant le service.',
      ],
      'centre@caf32.caf.fr',
    ],
    [
      'not after a sentence that ended',
      ['Le centre de services répond par courriel.', 'paul.riviere@caf32.caf.fr'],
      undefined,
    ],
    [
      'not two lines down without a colon',
      ['Adresse électronique du centre de services', '', 'centre@caf32.caf.fr'],
      undefined,
    ],
    [
      'the next line is a sentence',
      [
        'Le centre de services est joignable par messagerie :',
        'écrire à centre@caf32.caf.fr ou appeler',
      ],
      undefined,
    ],
  ])('service centre e-mail %s', (_, body, email) => {
    const ctx = makeCtx(
      normalizeLines(
        ['Contrat de services', 'Article 1 – Objet du contrat de services', ...body].join('\n'),
      ),
    );
    expect(serviceContract(ctx, findBlocks(ctx.lines), []).serviceCentreEmail?.value).toBe(email);
  });
});
