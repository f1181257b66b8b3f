import { describe, expect, it } from 'vitest';
import { openCampaign } from '../../../shared/domain/review';
import type { ReviewItem, StoredPortalDifference } from '../../../shared/domain/schemas';
import { DIFFERENCE_INFO, type DifferenceKind } from '../../../shared/domain/portal/differences';
import Papa from 'papaparse';
import { lieusaint, agent, habilitation } from '../../../shared/domain/testing/builders';
import {
  buildReviewReportCsv,
  buildReviewReportPdf,
  buildReviewReportSnapshot,
  checkReviewReport,
  REVIEW_REPORT_SECTIONS,
  REVIEW_TABLE_HEADER,
  REVIEW_REPORT_PORTAL_SECTION,
  PORTAL_CSV_HEADING,
  attestationSentence,
  type ReviewReportInput,
} from '../../../shared/documents/review-report';
import { META } from './lieusaint';
import { pdfPagesText, renderPdf } from './render-node';

/** Text with every run of spaces (NBSP included) and line breaks folded to one space. */
const flat = (s: string) => s.replace(/\s+/g, ' ');

export function reviewInputForDump(extraAgents = 0): ReviewReportInput {
  return reviewInput(extraAgents);
}

function reviewInput(extraAgents = 0): ReviewReportInput {
  const l = lieusaint();
  const agents = [...l.agents];
  const habilitations = [...l.habilitations];
  for (let k = 0; k < extraAgents; k++) {
    const a = agent({
      id: `gen-${k}`,
      lastName: `AGENT${String(k).padStart(4, '0')}`,
      firstName: 'Élodie',
      function: 'Agent d’accueil',
    });
    agents.push(a);
    habilitations.push(
      habilitation({ id: `gen-h-${k}`, agentId: a.id, profileCode: k % 2 ? 'T13' : 'T2' }),
    );
  }
  let n = 0;
  const { campaign, items } = openCampaign({
    conventionId: l.convention.id,
    year: 2026,
    campaignId: 'camp',
    newItemId: () => `i-${++n}`,
    habilitations,
    agents: agents.map((a) => (a.id === 'a-roussel' ? { ...a, departedOn: '2026-10-31' } : a)),
    bulletins: l.bulletins,
    openedBy: 'Véronique DJIRE',
    now: new Date('2026-11-02T09:00:00Z'),
    today: '2026-11-02',
  });
  const decided: ReviewItem[] = items.map((i) => {
    if (i.habilitationId === 'h-roussel') {
      return {
        ...i,
        decision: 'supprimer',
        reason: 'Départ de l’agent (mutation à Évry)',
        decidedBy: 'Véronique DJIRE',
        appliedInPortalOn: '2026-11-20',
      };
    }
    if (i.habilitationId === 'h-benali') {
      return {
        ...i,
        decision: 'modifier',
        newProfileCode: 'T2',
        reason: 'Calcul du quotient familial « QF »',
        decidedBy: 'Véronique DJIRE',
      };
    }
    return { ...i, decision: 'maintenir', decidedBy: 'Véronique DJIRE' };
  });
  return {
    meta: META,
    campaign: {
      ...campaign,
      status: 'closed',
      closedAt: '2026-11-19T15:00:00Z',
      closedBy: 'Véronique DJIRE',
      checklist: campaign.checklist.map((c, k) => ({
        ...c,
        answer: k === 6 ? 'sans-objet' : 'oui',
        comment: k === 4 ? 'Information du 12/09/2026, reçue par 5 agents' : undefined,
      })),
    },
    items: decided,
    partner: {
      name: 'CCAS de Lieusaint',
      siret: '26770164700013',
      representative: { name: 'Michel BISSON', title: 'Président' },
    },
    caf: { name: 'Caisse d’Allocations familiales de Seine-et-Marne' },
    bulletins: [{ id: 'bul-cdap', label: 'Cdap' }],
    quotas: [
      { bulletinId: 'bul-cdap', profileCode: 'T13', max: 4 },
      { bulletinId: 'bul-cdap', profileCode: 'T2', max: 1 },
    ],
  };
}

describe('review report', () => {
  it('contains every section, the counts, each row with its decision, and French characters', async () => {
    const snapshot = buildReviewReportSnapshot(reviewInput());
    expect(checkReviewReport(snapshot).refusals).toEqual([]);
    expect(snapshot.summary).toMatchObject({
      reviewed: 4,
      maintained: 2,
      modified: 1,
      revoked: 1,
      users: 4,
    });
    expect(snapshot.summary.anomalies[0]).toEqual({
      label: 'Agents partis encore habilités',
      found: 1,
      fixed: 1,
    });
    expect(snapshot.bulletins[0]!.rows).toEqual([
      { profileCode: 'T2', quota: 1, before: 0, after: 1 },
      { profileCode: 'T13', quota: 4, before: 4, after: 2 },
    ]);

    const pages = await pdfPagesText(await renderPdf(buildReviewReportPdf(snapshot)));
    const all = flat(pages.join('\n'));
    for (const title of REVIEW_REPORT_SECTIONS) expect(all).toContain(title);
    expect(all).toContain('Revue inverse des habilitations « Mon Compte Partenaire » — année 2026');
    expect(all).toContain('267 701 647 00013');
    for (const name of ['Karim BENALI', 'Sandrine COFFI', 'Lucie MARCHAND', 'Paul ROUSSEL'])
      expect(all).toContain(name);
    expect(all).toContain('Modifié → T2');
    expect(all).toContain('Supprimé');
    expect(all).toContain('Départ de l’agent (mutation à Évry)');
    expect(all).toContain('Calcul du quotient familial « QF »');
    expect(all).toContain('☒ Oui');
    expect(all).toContain('☒ Sans objet');
    expect(all).toMatch(/Je soussigné\(e\) Véronique DJIRE, administrateur/);
    expect(all).toContain('Michel BISSON, Président');
    expect(flat(pages[0]!)).toContain(`Page 1 / ${pages.length}`);
    expect(flat(pages[0]!)).toContain('Généré le 04/03/2024');
  });

  it('is attested by the chosen signatory, for the partner in correct French, with place and date filled', async () => {
    const input = reviewInput();
    const snapshot = buildReviewReportSnapshot({
      ...input,
      attestation: {
        signatoryName: 'Sandrine COFFI',
        signatoryRole: 'Administrateur suppléant',
        partnerPhrase: 'du CCAS de Lieusaint',
        place: 'Lieusaint',
        date: '2026-11-19',
      },
    });
    expect(attestationSentence(snapshot)).toBe(
      'Je soussigné(e) Sandrine COFFI, administrateur suppléant « Mon Compte Partenaire » du CCAS de Lieusaint, atteste avoir réalisé la revue inverse des habilitations pour l’année 2026 et en transmettre le résultat à la Caf.',
    );
    const all = flat(
      (await pdfPagesText(await renderPdf(buildReviewReportPdf(snapshot)))).join('\n'),
    );
    expect(all).toContain('du CCAS de Lieusaint, atteste');
    expect(all).toContain('Fait à Lieusaint, le 19/11/2026');
    expect(all).not.toMatch(/Fait à …/);
    const other = buildReviewReportSnapshot({
      ...input,
      attestation: {
        signatoryName: 'Véronique DJIRE',
        signatoryRole: 'Administrateur',
        partnerPhrase: 'pour\u00A0: Syndicat X',
      },
    });
    expect(attestationSentence(other)).toContain(
      'administrateur « Mon Compte Partenaire », pour\u00A0: Syndicat X, atteste',
    );
  });

  it('counts a change of function as corrected only when the profile was modified or revoked', () => {
    const input = reviewInput();
    const items = input.items.map((i, k) => ({
      ...i,
      answers: { ...i.answers, sameFunction: false },
      decision: k === 0 ? ('maintenir' as const) : i.decision,
    }));
    const snapshot = buildReviewReportSnapshot({ ...input, items });
    const changed = snapshot.summary.anomalies.find((a) => a.label === 'Changements de fonction')!;
    const removed = items.filter(
      (i) => i.decision === 'modifier' || i.decision === 'supprimer',
    ).length;
    expect(changed).toEqual({
      label: 'Changements de fonction',
      found: items.length,
      fixed: removed,
    });
    expect(removed).toBeLessThan(items.length);
  });

  it('stays readable for 2,000 rows: many landscape pages, each with the table header', async () => {
    const snapshot = buildReviewReportSnapshot(reviewInput(1996));
    expect(snapshot.rows).toHaveLength(2000);
    const pages = await pdfPagesText(await renderPdf(buildReviewReportPdf(snapshot)));
    const tablePages = pages.map(flat).filter((p) => p.includes('AGENT'));
    expect(tablePages.length).toBeGreaterThan(20);
    for (const p of tablePages) {
      expect(p).toContain('NOM Prénom');
      expect(p).toContain('Appliqué dans le portail le');
    }
    expect(flat(pages.at(-1)!)).toContain(`Page ${pages.length} / ${pages.length}`);
    expect(pages.join('\n')).toContain('AGENT1995');
  }, 60_000);

  it('exports the detailed table as CSV for Excel', () => {
    const csv = buildReviewReportCsv(buildReviewReportSnapshot(reviewInput()));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe(REVIEW_TABLE_HEADER.join(';'));
    expect(lines).toHaveLength(5);
    expect(csv).toContain(
      'Paul ROUSSEL;Agent administratif en polyvalence de secteur;;T13;04/02/2024;Supprimé;Départ de l’agent (mutation à Évry);Véronique DJIRE;20/11/2026',
    );
  });

  it('refuses a report for a review that is not closed', () => {
    const input = reviewInput();
    const snapshot = buildReviewReportSnapshot({
      ...input,
      campaign: { ...input.campaign, status: 'open', closedAt: undefined },
    });
    expect(checkReviewReport(snapshot).refusals).toEqual([
      'La revue doit être close avant d’exporter son rapport.',
    ]);
  });

  describe('opened from the portal list', () => {
    const SHA = '3f5c0a9e1b7d2c4f6a8e0b1d3c5f7a9e2b4d6f8a0c1e3b5d7f9a2c4e6b8d0f1a';
    const diff = (
      id: string,
      kind: DifferenceKind,
      extra: Partial<StoredPortalDifference>,
    ): StoredPortalDifference => ({
      id,
      conventionId: 'conv',
      key: `${kind}|${id}`,
      kind,
      severity: DIFFERENCE_INFO[kind].severity,
      article: DIFFERENCE_INFO[kind].article,
      message: DIFFERENCE_INFO[kind].label,
      actions: ['explain'],
      status: 'resolved',
      firstImportId: 'imp',
      lastImportId: 'imp',
      ...extra,
    });
    const at = '2026-11-05T10:00:00.000Z';
    const differences = [
      diff('d1', 'departed-active', {
        agentId: 'a-roussel',
        resolution: { action: 'mark-deactivate-in-portal', at, by: 'Véronique DJIRE' },
      }),
      diff('d2', 'unknown-account', {
        account: {
          key: 'login:jinconnu',
          login: 'jinconnu',
          lastName: 'INCONNU',
          firstName: 'Jean',
          status: 'actif',
          profiles: ['T13'],
          serviceCodes: ['CDAP'],
        },
        profileCode: 'T13',
        resolution: { action: 'mark-deactivate-in-portal', at, by: 'Véronique DJIRE' },
      }),
      diff('d3', 'missing-in-portal', {
        agentId: 'a-marchand',
        registerProfileCode: 'T13',
        resolution: { action: 'mark-create-in-portal', at, by: 'Véronique DJIRE' },
      }),
      diff('d4', 'profile-mismatch', {
        agentId: 'a-coffi',
        profileCode: 'T1',
        registerProfileCode: 'T13',
        resolution: { action: 'align-register', at, by: 'Véronique DJIRE' },
      }),
      diff('d5', 'unused-account', {
        agentId: 'a-benali',
        status: 'explained',
        resolution: {
          action: 'explain',
          at,
          by: 'Véronique DJIRE',
          note: 'Congé parental, retour en janvier',
        },
      }),
      diff('d6', 'unused-account', {
        agentId: 'a-benali',
        status: 'open',
        lastImportId: 'other',
        firstImportId: 'other',
      }),
    ];
    const input = (): ReviewReportInput => {
      const base = reviewInput();
      const unknownItem: ReviewItem = {
        id: 'i-unknown',
        campaignId: base.campaign.id,
        snapshot: {
          agentName: 'Jean INCONNU (jinconnu)',
          bulletinId: 'bul-cdap',
          bulletinLabel: 'Cdap',
          profileCode: 'T13',
          grantedOn: '2026-11-05',
        },
        answers: {},
        addedAfterOpening: false,
        decision: 'supprimer',
        reason: 'Compte inconnu : à désactiver dans le portail',
        decidedBy: 'Véronique DJIRE',
        portal: {
          importId: 'imp',
          inPortal: true,
          inRegister: false,
          differences: [{ id: 'd2', kind: 'unknown-account', status: 'resolved' }],
          account: differences[1]!.account,
        },
      };
      return {
        ...base,
        campaign: { ...base.campaign, portalImportId: 'imp' },
        items: [...base.items, unknownItem],
        portal: {
          list: {
            id: 'imp',
            fileName: 'export-habilitations-2026.csv',
            importedAt: at,
            importedBy: 'Véronique DJIRE',
            sha256: SHA,
            accounts: 5,
            activeAccounts: 5,
            matched: 4,
          },
          differences,
          agentNames: new Map([
            ['a-roussel', 'Paul ROUSSEL'],
            ['a-marchand', 'Lucie MARCHAND'],
            ['a-coffi', 'Sandrine COFFI'],
            ['a-benali', 'Karim BENALI'],
          ]),
        },
      };
    };

    it('the snapshot counts each kind of difference and says how each was resolved', () => {
      const s = buildReviewReportSnapshot(input());
      expect(s.summary).toMatchObject({ reviewed: 5, users: 5 });
      expect(s.portal).toMatchObject({
        fileName: 'export-habilitations-2026.csv',
        sha256: SHA,
        portalOnlyItems: 1,
      });
      expect(
        s.portal!.kinds.map((k) => [k.label, k.article, k.found, k.resolved, k.explained, k.open]),
      ).toEqual([
        ['Agent parti, compte encore actif', 'conv. art. 9.2', 1, 1, 0, 0],
        ['Compte inconnu du registre', 'conv. art. 9.2', 1, 1, 0, 0],
        ['Habilitation absente du portail', 'contrat art. 2.2', 1, 1, 0, 0],
        ['Profil différent', 'contrat art. 2.2', 1, 1, 0, 0],
        ['Compte inutilisé depuis longtemps', 'conv. art. 9.2', 1, 0, 1, 0],
      ]);
      expect(s.portal!.differences.map((d) => [d.subject, d.outcome])).toEqual([
        ['Paul ROUSSEL', 'À désactiver dans le portail'],
        ['Jean INCONNU (jinconnu), profil T13', 'À désactiver dans le portail'],
        ['Lucie MARCHAND, profil T13', 'À créer dans le portail'],
        ['Sandrine COFFI, profil T1', 'Aligner le registre sur le portail'],
        ['Karim BENALI', 'Expliquer (garder tel quel) : Congé parental, retour en janvier'],
      ]);
      // Without the portal list, no such section.
      expect(buildReviewReportSnapshot(reviewInput()).portal).toBeUndefined();
    });

    it('the PDF carries the section: date, SHA-256, counts, each resolution', async () => {
      const bytes = await renderPdf(buildReviewReportPdf(buildReviewReportSnapshot(input())));
      if (process.env.DUMP_PDF)
        (await import('node:fs')).writeFileSync(process.env.DUMP_PDF, bytes);
      const pages = await pdfPagesText(bytes);
      const all = flat(pages.join('\n'));
      expect(all).toContain(REVIEW_REPORT_PORTAL_SECTION);
      for (const title of REVIEW_REPORT_SECTIONS) expect(all).toContain(title);
      expect(all.indexOf(REVIEW_REPORT_PORTAL_SECTION)).toBeGreaterThan(
        all.indexOf(REVIEW_REPORT_SECTIONS[2]),
      );
      expect(all.indexOf(REVIEW_REPORT_PORTAL_SECTION)).toBeLessThan(
        all.indexOf(REVIEW_REPORT_SECTIONS[3]),
      );
      expect(all).toContain('export-habilitations-2026.csv');
      expect(all).toContain('Importée le 05/11/2026 par Véronique DJIRE');
      expect(all).toContain(`Empreinte SHA-256 du fichier : ${SHA}`);
      expect(all).toMatch(/Compte inconnu du registre conv\. art\. 9\.2 1 1 0 0/);
      expect(all).toMatch(/Compte inutilisé depuis longtemps conv\. art\. 9\.2 1 0 1 0/);
      expect(all).toContain('Jean INCONNU (jinconnu), profil T13');
      expect(all).toContain('Congé parental, retour en janvier');
      expect(all).toContain('Aligner le registre sur le portail');
    });

    it('the CSV carries the section under the detailed table', () => {
      const csv = buildReviewReportCsv(buildReviewReportSnapshot(input()));
      // Papa pads every line to the header's 9 cells: compare without the trailing empty ones.
      const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: ';' }).data.map((r) => {
        const cells = [...r];
        while (cells.length && cells.at(-1) === '') cells.pop();
        return cells;
      });
      const start = rows.findIndex((r) => r[0] === PORTAL_CSV_HEADING);
      expect(start).toBe(7); // header, 5 items, an empty line
      expect(rows[start - 1]).toEqual([]);
      expect(rows).toContainEqual(['Empreinte SHA-256', SHA]);
      expect(rows).toContainEqual(['Importée le', '05/11/2026', 'Véronique DJIRE']);
      expect(rows).toContainEqual([
        'Agent parti, compte encore actif',
        'conv. art. 9.2',
        '1',
        '1',
        '0',
        '0',
      ]);
      expect(rows).toContainEqual([
        'Compte inconnu du registre',
        'Jean INCONNU (jinconnu), profil T13',
        'À désactiver dans le portail',
        'Véronique DJIRE',
        '05/11/2026',
      ]);
      expect(rows.some((r) => r[0] === 'Jean INCONNU (jinconnu)' && r[5] === 'Supprimé')).toBe(
        true,
      );
    });
  });
});
