/**
 * The corpus score (test/import-corpus): its comparisons are fair but not lax, its outcomes
 * are the ones `npm run import:score` prints, its variants are deterministic with truths
 * derived from the samples', and the importer scores 100 % with nothing invented on the
 * samples' text (the issue's « done » bar, kept from regressing).
 */
import { describe, expect, it } from 'vitest';
import {
  extractConvention,
  type ConventionExtraction,
  type Extracted,
} from '../../../shared/import';
import { sameAs } from '../../import-corpus/compare';
import { loadCorpus, sampleDocs } from '../../import-corpus/corpus';
import { scoreExtraction } from '../../import-corpus/score';
import { softWrap, spaceJoinedCells, verticalTables } from '../../import-corpus/transform-layout';
import { parseTruth } from '../../import-corpus/truth';
import { generateVariants, SAMPLE_SECTIONS } from '../../import-corpus/variants';
import { emptyExtraction } from '../../../shared/import/readers/extraction-test-support';

const ex = <T>(value: T): Extracted<T> => ({
  value,
  sourceLine: 1,
  sourceText: '',
  confidence: 'high',
});
const empty = (): ConventionExtraction => emptyExtraction();

describe('comparisons', () => {
  it.each([
    ['person', 'HAMONIC Pascal', 'Pascal Hamonic', true],
    ['person', 'Véronique DJIRE', 'Veronique Djire', true],
    ['person', 'Michel Bisson', 'M Michel Bisson', false],
    ['person', 'Michel Bisson', 'Michel Bison', false],
    ['text', 'Directeur Général', 'directeur general', true],
    ['text', 'Président', 'son Président', false],
    [
      'text',
      "Caisse d'Allocations familiales de Seine et Marne",
      'Caisse d’Allocations Familiales de Seine-et-Marne',
      true,
    ],
    [
      'text',
      '27 Avenue Robert Schuman, 59370 MONS EN BAROEUL',
      '27 avenue Robert Schuman 59370 Mons-en-Barœul',
      true,
    ],
    ['text', '27 Avenue Robert Schuman, 59370 MONS EN BAROEUL', '27 Avenue Robert Schuman', false],
    ['text', 'du lundi au vendredi de 9 h à 16 h', 'du Lundi au Vendredi de 9h à 16h', true],
    ['phone', '01 64 13 55 88', '+33 1 64 13 55 88', true],
    ['phone', '03 88 10 20 30', '+33 (0)3 88 10 20 30', true],
    ['phone', '03 88 10 20 30', '+33 (0)3 88 10 20 31', false],
    ['phone', '01 64 13 55 88', '01.64.13.55.86', false],
    ['digits', '26770164700013', '267 701 647 00013', true],
    [
      'email',
      'CAF77-BP-MONCOMPTE-PARTENAIRES@caf77.caf.fr',
      'CAF77-BP-MONCOMPTE- PARTENAIRES@caf77.caf.fr',
      true,
    ],
    ['id', '2023-267 701 647', '2023-267701647', true],
    ['id', '2023-267 701 647', '2023-267 701 641', false],
  ] as const)('%s: « %s » vs « %s » → %s', (kind, a, b, same) => {
    expect(sameAs(kind, a, b)).toBe(same);
  });
});

describe('outcomes', () => {
  const truth = parseTruth(
    {
      partner: { name: 'CCAS de Lieusaint', siret: '26770164700013', kind: { optional: 'CCAS' } },
      convention: { signedAt: ['Melun', 'MELUN'], missions: ['Instruction des dossiers FSL'] },
      contacts: [
        {
          side: 'partner',
          role: 'administrateur',
          name: 'Véronique DJIRE',
          phones: ['01 64 13 55 88'],
        },
      ],
      bulletins: [{ serviceCode: 'CDAP', annexNumber: '2', quotas: { T13: 4 } }],
    },
    'inline',
  );

  it('scores right, wrong, missing, invented and leaves an absent optional field out', () => {
    const x = empty();
    x.partner.name = ex('Ccas de Lieusaint');
    x.partner.address = ex('50 rue de Paris');
    x.convention.signedAt = ex('Lieusaint');
    x.convention.missions = [ex('Instruction des dossiers FSL'), ex('ouverture de droits')];
    x.contacts = [
      ex({
        side: 'partner',
        role: 'administrateur',
        name: 'Véronique DJIRE',
        email: 'v.djire@ville.fr',
        phones: ['01 64 13 55 88'],
      }),
    ];
    x.bulletins = [
      ex({
        serviceCode: 'CDAP',
        annexNumber: '2',
        quotas: [ex({ profileCode: 'T13', max: 3 }), ex({ profileCode: 'T1', max: 2 })],
      }),
    ];
    const { fields, counts } = scoreExtraction(truth, x);
    const outcome = (f: string) => fields.filter((r) => r.field === f).map((r) => r.outcome);
    expect(outcome('partner.name')).toEqual(['right']);
    expect(outcome('partner.siret')).toEqual(['missing']);
    expect(outcome('partner.kind')).toEqual([]);
    expect(outcome('partner.address')).toEqual(['invented']);
    expect(outcome('convention.signedAt')).toEqual(['wrong']);
    expect(outcome('convention.missions[1]')).toEqual(['right']);
    expect(outcome('convention.missions[+]')).toEqual(['invented']);
    expect(outcome('contacts[partner/administrateur].email')).toEqual(['invented']);
    expect(outcome('contacts[partner/administrateur].phones')).toEqual(['right']);
    expect(outcome('bulletins[1].quotas.T13')).toEqual(['wrong']);
    expect(outcome('bulletins[1].quotas.T1')).toEqual(['invented']);
    expect(counts).toMatchObject({ wrong: 2, missing: 1, invented: 4, flagged: 0 });
    expect(counts.expected).toBe(counts.right + counts.wrong + counts.missing + counts.flagged);
  });

  it('counts a miss the importer reported as unread as « flagged », not « missing »', () => {
    const x = empty();
    x.unread = [
      { part: 'siret', label: 'un numéro SIRET', sourceLine: 1, sourceText: '' },
      { part: 'contacts', label: 'une annexe', sourceLine: 1, sourceText: '' },
    ];
    const { fields } = scoreExtraction(truth, x);
    expect(fields.find((f) => f.field === 'partner.siret')?.outcome).toBe('flagged');
    expect(
      fields.filter((f) => f.field.startsWith('contacts[')).every((f) => f.outcome === 'flagged'),
    ).toBe(true);
    expect(fields.find((f) => f.field === 'partner.name')?.outcome).toBe('missing');
  });

  it('counts an « unread » said of a part the truth does not hold as a false flag', () => {
    const x = empty();
    x.unread = [
      { part: 'escalation', label: 'une procédure d’escalade', sourceLine: 1, sourceText: '' },
      { part: 'siret', label: 'un SIRET', sourceLine: 1, sourceText: '' },
    ];
    const score = scoreExtraction(truth, x);
    expect(score.falseFlags.map((u) => u.part)).toEqual(['escalation']);
    expect(score.counts.falseFlags).toBe(1);
  });

  it('accepts an optional field when given right, and judges it when given wrong', () => {
    const x = empty();
    x.partner.kind = ex('CCAS');
    expect(scoreExtraction(truth, x).fields.find((f) => f.field === 'partner.kind')?.outcome).toBe(
      'right',
    );
    x.partner.kind = ex('commune');
    expect(scoreExtraction(truth, x).fields.find((f) => f.field === 'partner.kind')?.outcome).toBe(
      'wrong',
    );
  });

  it('refuses a malformed truth file with its path', () => {
    expect(() =>
      parseTruth({ contacts: [{ side: 'caf', role: 'maire' }] }, 'x.truth.json'),
    ).toThrow(/x\.truth\.json/);
  });
});

describe('layout transforms', () => {
  it('turns a table vertical, joins cells by spaces and wraps prose without losing a word', () => {
    const text =
      'Fonction\tAdresse mél\tTéléphone\nAdministrateur Sandrine COFFI\ts.coffi@ville.fr\t01 64 13 55 76\nT1\t';
    expect(verticalTables(text).split('\n')).toEqual([
      'Fonction',
      'Adresse mél',
      'Téléphone',
      'Administrateur Sandrine COFFI',
      's.coffi@ville.fr',
      '01 64 13 55 76',
      'T1',
    ]);
    expect(spaceJoinedCells(text).split('\n')[1]).toBe(
      'Administrateur Sandrine COFFI s.coffi@ville.fr 01 64 13 55 76',
    );
    const prose =
      'Le partenaire s’engage à exécuter la présente convention et donc à faire utiliser par ses personnels l’accès aux données.';
    const wrapped = softWrap(prose, () => 0.9, 40).split('\n');
    expect(wrapped.length).toBeGreaterThan(2);
    expect(wrapped.every((l) => l.length <= 40)).toBe(true);
    expect(wrapped.join(' ')).toBe(prose);
  });
});

describe('variants', () => {
  const samples = sampleDocs();
  const variants = samples.flatMap((s) =>
    generateVariants({ id: s.id, text: s.text!, truth: s.truth, sections: SAMPLE_SECTIONS[s.id]! }),
  );

  it('are the same on every run (seeded)', () => {
    const again = samples.flatMap((s) =>
      generateVariants({
        id: s.id,
        text: s.text!,
        truth: s.truth,
        sections: SAMPLE_SECTIONS[s.id]!,
      }),
    );
    expect(again.map((v) => v.text)).toEqual(variants.map((v) => v.text));
    expect(new Set(variants.map((v) => v.id)).size).toBe(variants.length);
  }, 60_000);

  it('differ from their sample, and a removed section takes its fields out of the truth', () => {
    const byId = new Map(samples.map((s) => [s.id, s.text]));
    for (const v of variants) expect(v.text, v.id).not.toBe(byId.get(v.id.split('~')[0]!));
    const conventionOnly = variants.find((v) => v.id === 'lieusaint-2023~sections-removed~1')!;
    expect(conventionOnly.text).not.toMatch(
      /Annexe 1 – Les interlocuteurs|Bulletin d'adhésion au service : Cdap|DELIBERATION/,
    );
    expect(conventionOnly.truth.contacts).toEqual([]);
    expect(conventionOnly.truth.bulletins).toEqual([]);
    expect(conventionOnly.truth.deliberation).toEqual({});
    expect(conventionOnly.truth.partner.siret).toBe('26770164700013');
    const perSite = variants.find((v) => v.id === 'lieusaint-2023~bulletin-per-site~1')!;
    expect(perSite.truth.bulletins.length).toBeGreaterThan(1);
    for (const b of perSite.truth.bulletins) expect(perSite.text).toContain(b.siteLabel as string);
  }, 60_000);
});

describe('truth files', () => {
  it('parse, and every e-mail of a truth is in its document (a typo in a truth would score the importer wrong)', () => {
    const docs = loadCorpus(['samples', 'written', 'held-out']);
    expect(docs.length).toBeGreaterThanOrEqual(10);
    for (const d of docs) {
      const t = d.truth;
      const scalars = [
        t.partner.email,
        t.serviceContract.serviceCentreEmail,
        ...t.contacts.map((c) => c.email),
        ...t.serviceContract.escalation.map((e) => e.email),
      ];
      const emails = scalars.flatMap((v) =>
        typeof v === 'string' ? [v] : Array.isArray(v) ? v : [],
      );
      const text = d.text!.replace(/\s+/g, '').toLowerCase();
      for (const e of emails) expect(text, `${d.id}: ${e}`).toContain(e.toLowerCase());
    }
  });
});

describe('the importer on the samples’ text', () => {
  it.each(sampleDocs().map((d) => [d.id, d] as const))(
    '%s: every field right, nothing invented',
    (_id, doc) => {
      const { counts, fields } = scoreExtraction(doc.truth, extractConvention(doc.text!));
      expect(fields.filter((f) => f.outcome !== 'right')).toEqual([]);
      expect(counts.right).toBeGreaterThan(0);
    },
    60_000,
  );
});
