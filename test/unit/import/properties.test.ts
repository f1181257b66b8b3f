/**
 * The extraction does not depend on how the text was typed or converted: line endings,
 * blank lines, doubled spaces and the kind of quotes. Comparison: every extracted value,
 * source text, confidence, note, conflict and flag must be equal; source LINE NUMBERS must
 * be equal too when the number of lines is unchanged (line endings, spaces, quotes), and are
 * ignored when blank lines were added (they shift).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractConvention, type ConventionExtraction } from '../../../shared/import';
import { seededRandom } from '../../../shared/domain/testing/seeded-random';

const SAMPLES = [
  'lieusaint-2023.txt',
  'mons-en-baroeul-2017.txt',
  'seine-maritime-2020-template.txt',
].map((name) => ({
  name,
  text: readFileSync(new URL(`../../fixtures/samples/${name}`, import.meta.url), 'utf8'),
}));

const splitAny = (text: string) => text.split(/\r\n|\r|\n/);

/** Joins lines with \n, \r\n or \r at random (never a \r followed by \n that would merge two breaks). */
function shuffleLineEndings(text: string, r: () => number): string {
  const lines = splitAny(text);
  let out = lines[0] ?? '';
  let prev = '';
  for (let i = 1; i < lines.length; i++) {
    let sep = ['\n', '\r\n', '\r'][Math.floor(r() * 3)]!;
    if (prev === '\r' && sep.startsWith('\n') && (lines[i - 1] ?? '') === '') sep = '\r\n';
    if (prev.endsWith('\r') && (lines[i - 1] ?? '') === '' && sep === '\n') sep = '\r\n';
    out += sep + lines[i];
    prev = sep;
  }
  return out;
}

function addBlankLines(text: string, r: () => number): string {
  return splitAny(text)
    .flatMap((line) =>
      r() < 0.15 ? [line, ...Array.from({ length: 1 + Math.floor(r() * 2) }, () => '')] : [line],
    )
    .join('\n');
}

const doubleSpaces = (text: string, r: () => number) =>
  text.replace(/ /g, () => (r() < 0.2 ? '  ' : ' '));

const swapQuotes = (text: string, r: () => number) =>
  text
    .replace(/['’]/g, (q) => (r() < 0.5 ? q : q === "'" ? '’' : "'"))
    .replace(/«\s*/g, (q) => (r() < 0.5 ? q : '"'))
    .replace(/\s*»/g, (q) => (r() < 0.5 ? q : '"'));

/** The extraction without `lines`, optionally without the line numbers. */
function comparable(x: ConventionExtraction, keepLineNumbers: boolean): unknown {
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip);
    if (v && typeof v === 'object') {
      return Object.fromEntries(
        Object.entries(v)
          .filter(([k]) => k !== 'lines' && (keepLineNumbers || k !== 'sourceLine'))
          .map(([k, val]) => [k, strip(val)]),
      );
    }
    return v;
  };
  return strip(x);
}

const reference = new Map(SAMPLES.map((s) => [s.name, extractConvention(s.text)]));
const RUNS = { numRuns: 15 };
/** 15 extractions of a 25-page text: far above vitest's 5 s default on a loaded machine. */
const TIMEOUT = 60_000;

describe.each(SAMPLES)('$name', ({ name, text }) => {
  const ref = reference.get(name)!;

  it(
    'gives the same extraction, line numbers included, whatever the line endings',
    () => {
      fc.assert(
        fc.property(fc.integer(), (seed) => {
          const x = extractConvention(shuffleLineEndings(text, seededRandom(seed)));
          expect(comparable(x, true)).toEqual(comparable(ref, true));
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'gives the same values and sources when blank lines are added (line numbers shift)',
    () => {
      fc.assert(
        fc.property(fc.integer(), (seed) => {
          const x = extractConvention(addBlankLines(text, seededRandom(seed)));
          expect(comparable(x, false)).toEqual(comparable(ref, false));
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'gives the same extraction with doubled spaces and swapped typographic/straight quotes',
    () => {
      fc.assert(
        fc.property(fc.integer(), (seed) => {
          const r = seededRandom(seed);
          const x = extractConvention(swapQuotes(doubleSpaces(text, r), r));
          expect(comparable(x, true)).toEqual(comparable(ref, true));
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'gives the same extraction when all of these happen at once',
    () => {
      fc.assert(
        fc.property(fc.integer(), (seed) => {
          const r = seededRandom(seed);
          const x = extractConvention(
            shuffleLineEndings(addBlankLines(swapQuotes(doubleSpaces(text, r), r), r), r),
          );
          expect(comparable(x, false)).toEqual(comparable(ref, false));
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );
});

describe('hostile input', () => {
  it('never throws, and every source line points at its text', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string(),
            fc.constantFrom(
              'Convention n° ',
              'Bulletin d’adhésion au service : ',
              'T13\t',
              'Représenté(e) par ',
              'Numéro de SIRET : ',
              'La présente convention est signée entre :',
              'Annexe 1 – Les interlocuteurs chez le partenaire',
              'Administrateur ',
              'Fait à ',
              '« ',
              ' »',
              '\t',
              '\r',
              'ﬁ',
              'Séance du 31 février 2023',
              'Article 8 – Missions du partenaire',
            ),
          ),
          { maxLength: 60 },
        ),
        (parts) => {
          const x = extractConvention(parts.join(''));
          for (const c of x.contacts) expect(x.lines[c.sourceLine - 1]).toBe(c.sourceText);
          for (const b of x.bulletins) expect(x.lines[b.sourceLine - 1]).toBe(b.sourceText);
        },
      ),
      { numRuns: 300 },
    );
  });
});
