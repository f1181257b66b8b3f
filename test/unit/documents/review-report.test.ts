import { describe, expect, it } from 'vitest';
import {
  buildReviewReportCsv,
  buildReviewReportPdf,
  buildReviewReportSnapshot,
  checkReviewReport,
  REVIEW_REPORT_SECTIONS,
  REVIEW_TABLE_HEADER,
  attestationSentence,
} from '../../../shared/documents/review-report';
import { pdfPagesText, renderPdf } from './render-node';
import { flat, reviewInput } from './review-input';

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
});
