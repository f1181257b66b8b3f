/**
 * A bulletin's date as offices write it under the quota table: « Date : 25/04/2017 » beside
 * the stamp, « Bulletin établi le 4 mars 2024. », « Date d'effet du bulletin : … ». Texts
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { read, TABLE } from './bulletins-test-support';

const bulletin = (...after: string[]) =>
  read('Bulletin d’adhésion au service Cdap', '', ...TABLE, 'T1\t2', 'T13\t3', '', ...after);

describe('the date under a bulletin', () => {
  it.each([
    ['Date : 25/04/2017          Cachet et signature', '2017-04-25'],
    ['Date : 10/10/2022', '2022-10-10'],
    ['Date : 19/01/2026 – Cachet et signature du partenaire', '2026-01-19'],
    ['Date : 25/04/2O17', '2017-04-25'],
    ['Bulletin établi le 4 mars 2024.', '2024-03-04'],
    ['Bulletin signé le 2 avril 2025.', '2025-04-02'],
    ['Le présent bulletin a été signé le 12 juin 2023.', '2023-06-12'],
    ['Date d’effet du bulletin : 01/03/2025', '2025-03-01'],
  ])('%s', (line, date) => {
    const r = bulletin(line);
    expect(r.bulletins).toHaveLength(1);
    expect(r.bulletins[0]!.date).toBe(date);
    expect(r.bulletins[0]!.quotas).toEqual(['T1=2', 'T13=3']);
  });

  it.each([
    ['Date : ____________   Cachet et signature'],
    ['Date de la délibération : 12/03/2021'],
    ['Le bulletin est établi pour une durée d’un an.'],
  ])('no date from « %s »', (line) => {
    expect(bulletin(line).bulletins[0]!.date).toBeUndefined();
  });
});
