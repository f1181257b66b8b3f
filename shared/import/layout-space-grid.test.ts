import { describe, expect, it } from 'vitest';
import { spaceGrids } from './layout-space-grid';
import { read } from './readers/bulletins-test-support';

const TITLE = 'Bulletin d’adhésion au service : Cdap';

describe('a profile grid laid out with spaces, codes one space apart', () => {
  it('each number goes to the code above it; « - » is no quota', () => {
    const r = read(
      TITLE,
      '',
      'Profil   T1  T2  T4  T5  T6  T8  T9  T10 T11 T12 T13 T14 T15 T16 T18 T19 T20 T21 T22',
      'Nombre   3   -   -   -   -   -   -   -   -   -   2   -   -   -   -   -   -   -   -',
      '',
      'Article 3 – Modification',
    );
    expect(r.bulletins[0]?.quotas).toEqual(['T1=3', 'T13=2']);
    expect(r.unread).toEqual([]);
  });

  it('an OCR’d code (« Tl ») and empty cells left blank', () => {
    const r = read(
      TITLE,
      '',
      'Profil   Tl  T2  T4  T5  T13',
      'Nombre   3               2',
      '',
      'Article 3 – Modification',
    );
    expect(r.bulletins[0]?.quotas).toEqual(['T1=3*', 'T13=2']);
  });

  it('a number under no code: the rows are left as written', () => {
    const rows = ['Profil   T1  T2  T4', 'Nombre                       3'];
    expect(spaceGrids(rows)).toEqual(rows);
  });
});
