import { describe, expect, it } from 'vitest';
import type { ReviewItem, StoredPortalDifference } from '../../../shared/domain/schemas';
import { DIFFERENCE_INFO, type DifferenceKind } from '../../../shared/domain/portal/differences';
import Papa from 'papaparse';
import {
  buildReviewReportCsv,
  buildReviewReportPdf,
  buildReviewReportSnapshot,
  REVIEW_REPORT_SECTIONS,
  REVIEW_REPORT_PORTAL_SECTION,
  PORTAL_CSV_HEADING,
  type ReviewReportInput,
} from '../../../shared/documents/review-report';
import { pdfPagesText, renderPdf } from './render-node';
import { flat, reviewInput } from './review-input';

describe('review report', () => {
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
