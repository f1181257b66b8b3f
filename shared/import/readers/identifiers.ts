/**
 * Identifiers read wherever they are labelled: the partner's SIRET (« Numéro de SIRET »,
 * « SIRET du siège social », OCR « S1RET »), the convention number (« Convention n° »,
 * « N° de convention », a number on the title line), the prefecture act id (`…-DE`, whose
 * pattern is unambiguous, anywhere). A label with a value that cannot be read is reported.
 */
import { normalizeSiret, validateSiret } from '../../domain/siret';
import { isPlaceholder } from '../text-tools';
import { findAnchor, ocrDigits, ocrIdentifier } from './anchors';
import { type Candidate, type Ctx, unread } from './context';

/** The 14 digits after a SIRET label (spaces, dots, look-alike letters allowed). */
export function siretDigits(text: string): { digits: string; corrected: boolean } | undefined {
  // a run of digit-shaped characters right after the label: the field demands 14 digits, so
  // a group of look-alikes alone (« 647 OOO 13 ») is digits too when most of the run is digits
  const run = /^[\s:]*([\dOoDlIi|!SsBZzGbgq][\dOoDlIi|!SsBZzGbgq\s.\u00A0-]{12,28})/
    .exec(text)?.[1]
    ?.trimEnd();
  const whole =
    run && run.replace(/\D/g, '').length >= 9 && run.replace(/[\s.\u00A0-]/g, '').length === 14
      ? {
          text: [...run]
            .map((c) =>
              /[\s.\u00A0\d-]/.test(c) ? c : ocrDigits(`0${c}`, { anyDigit: true }).text.slice(1),
            )
            .join(''),
          corrected: true,
        }
      : undefined;
  const fixed = whole ?? ocrDigits(text, { anyDigit: true });
  const m = /(?<![\d])\d(?:[\s.\u00A0-]*\d){13}(?![\s.-]*\d)/.exec(fixed.text);
  if (!m) return undefined;
  const digits = normalizeSiret(m[0]).replace(/\D/g, '');
  if (digits.length !== 14) return undefined;
  const plain = /(?<![\d])\d(?:[\s.\u00A0-]*\d){13}(?![\s.-]*\d)/.exec(text);
  return { digits, corrected: !plain || normalizeSiret(plain[0]) !== digits };
}

export function siretCandidates(ctx: Ctx, skip: Set<number>): Candidate<string>[] {
  const out: Candidate<string>[] = [];
  ctx.lines.forEach((line, i) => {
    if (skip.has(i)) return;
    const hit = findAnchor(line, 'siret', { budget: 0 });
    if (!hit) return;
    // the word must stand alone (« SIRET », not inside another word)
    if (
      /\p{L}/u.test(line.charAt(hit.end)) ||
      (hit.start > 0 && /\p{L}/u.test(line.charAt(hit.start - 1)))
    )
      return;
    let value = line
      .slice(hit.end)
      .replace(/^[^:\d]{0,40}:/, '')
      .trim()
      .slice(0, 40);
    let index = i;
    if (!value && ctx.lines[i + 1] && /^[\d\s.OlI]{14,25}$/.test(ctx.lines[i + 1]!)) {
      value = ctx.lines[i + 1]!;
      index = i + 1;
    }
    if (!value || isPlaceholder(value) || !/[\dOlI]/.test(value)) return;
    // « n° SIRET 213 » / « 901 986 00017, représentée … »: the digits go on on the next line
    const next = ctx.lines[i + 1] ?? '';
    const going = /(?:^|\s)(\d[\d\s.]*)$/.exec(value);
    const more = /^(\d[\d\s.]*\d)(?!\d)/.exec(next);
    if (going && more && !siretDigits(value)) {
      const count = (t: string) => t.replace(/\D/g, '').length;
      if (count(going[1]!) + count(more[1]!) === 14) value = `${going[1]!.trim()} ${more[1]}`;
    }
    const read = siretDigits(value);
    if (!read) {
      if (/\d{3}/.test(value)) unread(ctx, 'siret', 'le numéro SIRET', i);
      return;
    }
    const check = validateSiret(read.digits);
    out.push(
      check.ok
        ? {
            value: read.digits,
            index,
            confidence: 'high',
            corrected: read.corrected,
            party: 'partner',
          }
        : {
            value: read.digits,
            index,
            confidence: 'low',
            note: check.message,
            corrected: read.corrected,
            party: 'partner',
          },
    );
  });
  return out;
}

const NUMBER_LABEL =
  /^(?:convention\s*(?:n\s*[°º*o'0]|num[ée]ro|no\.?)(?=[\s:\d])|(?:n\s*[°º*o'0]|num[ée]ro|r[ée]f(?:[ée]rence)?\.?)\s*(?:de\s+(?:la\s+)?)?convention\b)\s*:?\s*(.*)$/i;

/**
 * The identifier at the start of a labelled value, without what follows it on the line
 * (« 33-2019-0087 – Partenaire : CCAS de Bègles », « 2022-029-CIAS-114 Caf du Finistère »): it
 * ends before a spaced dash, a comma or a bracket, and before the first word holding no digit
 * (« 06 / 2015 » and « 2023-267 701 647 » go on through their digit groups).
 */
export function identifierHead(value: string): string {
  const first = value.split(/\s+[–—-]\s+|\s*[,;]\s+|\s+\(/)[0] ?? '';
  const tokens = first.trim().split(/\s+/);
  const kept = [tokens[0] ?? ''];
  for (const t of tokens.slice(1)) {
    if (!/\d/.test(t) && !/^[/.]$/.test(t)) break;
    kept.push(t);
  }
  // a running footer's page counter after the number (« Convention n° 85-2020-X-001 2/15 »)
  const counter = /^(\d{1,3})\/(\d{1,3})$/.exec(kept[kept.length - 1] ?? '');
  if (kept.length > 1 && counter && Number(counter[1]) <= Number(counter[2])) kept.pop();
  return kept.join(' ').replace(/[\s/.]+$/, '');
}

/**
 * A running footer's page number after the convention's number (« Convention n° 2019-56-0087
 * 3 », the same line on the next page ending « 4 »): the number without it. Kept when no
 * other line of the text says the same with another last figure.
 */
function withoutPageCounter(lines: readonly string[], i: number, value: string): string {
  const m = /^(.*\d)\s+([\dOolI]{1,3})$/.exec(value);
  if (!m) return value;
  const line = lines[i] ?? '';
  const tail = /\s+[\dOolI]{1,3}$/.exec(line);
  if (!tail) return value;
  const head = line.slice(0, tail.index);
  const again = lines.some(
    (l, k) =>
      k !== i &&
      l.startsWith(head) &&
      /^\s+[\dOolI]{1,3}$/.test(l.slice(head.length)) &&
      l !== line,
  );
  return again ? m[1]! : value;
}

export function conventionNumbers(ctx: Ctx): Candidate<string>[] {
  const out: Candidate<string>[] = [];
  ctx.lines.forEach((line, i) => {
    let m = NUMBER_LABEL.exec(line);
    let confidence: 'high' | 'medium' = 'high';
    if (!m) {
      // « … convention d'accès à « Mon Compte Partenaire » n° 2023-12 »; a page header
      // « CCAS X — Convention n* 2019/026/0412 Page 2 sur 8 »
      const inside =
        // (« … n° 2018-49-033 signée le 14 mars 2018 » in an avenant: the date may follow)
        // (a running header: « … « Mon Compte Partenaire » n° 59-2020-X – page 1/4 »)
        /mon compte partenaire\s*["»]?\s*n\s*[°º*]\s*:?\s*([A-Z0-9][\w/.-]*\d[\w/.-]*(?:\s?\/\s?\d+|\s\d{3})*)(?:\s*\.?$|(?=,|\s+[–—]\s+page\s|\s+(?:sign[ée]e|conclue|du|en date)\s))/i.exec(
          line,
        ) ??
        // (« Convention MCP n° 72-2019-0086 – … – page 1 »: a running header)
        /(?:^|[—–|,;]\s*)convention\s*(?:mcp\s*)?n\s*[°º*o']\s*:?\s*([A-Z0-9][\w/.-]*\d[\w/.-]*(?:\s?\/\s?\d+|\s\d{3})*)/i.exec(
          line,
        ) ??
        // « Organisme : CCAS de Lunel     Convention n° CDAP-34-2012-058 »: a field after a
        // column gap the text lost (capital C: a field's label, not a sentence's reference)
        /\sConvention\s*n\s*[°º]\s*:?\s*([A-Z0-9][\w/.-]*\d[\w/.-]*)\s*$/.exec(line) ??
        // « Partenaire : CCAS de Vitré - N° de convention 2022-35 »
        /(?:[—–|,;]|\s-)\s*(?:n\s*[°º*]|num[ée]ro|r[ée]f(?:[ée]rence)?\.?)\s*de\s+(?:la\s+)?convention\s*:?\s*([A-Z0-9][\w/.-]*\d[\w/.-]*)/i.exec(
          line,
        );
      // « N° 06 / 2015 » alone just under the title
      // (« Référence : 67-2024-EPCI-015 — Version 2024 »: what follows a spaced dash is not it)
      const bare =
        // (« Réf. Caf : 32-2024-0007 »: whose reference it is may follow the label)
        // (« N° CAFPRO 21-2012-047 »: the service's old name, a word of its own, no part of it)
        /^(?:n\s*[°º*]|r[ée]f[ée]rence|(?:n\s?\/\s?)?r[ée]f\.)(?:\s+(?:de la\s+)?(?:caf|cafpro|cdap)\b)?\s*:?\s*([\w/. -]*\d[\w/. -]*)$/i.exec(
          line.replace(/\s+[—–]\s+.*$/, ''),
        );
      // (« AVENANT N° 2 / À LA CONVENTION D'ACCÈS … / N° 67-2018-CONV-0331 DU 14 OCTOBRE 2018 »)
      const title =
        bare &&
        ctx.lines
          .slice(Math.max(0, i - 5), i)
          .some((l) => /^(?:[àa] la\s+)?convention\s+(?:d|["«]?\s*mon compte partenaire)/i.test(l));
      m = inside ?? (title ? bare : null);
      confidence = 'medium';
      if (!m) return;
    }
    let v = (m[1] ?? '').replace(/[\s,;.]+$/, '').trim();
    let index = i;
    if (!v) {
      const next = ctx.lines[i + 1] ?? '';
      if (/^[\w ./-]{2,40}$/.test(next) && /\d/.test(next) && !/\p{L}{4}/u.test(next)) {
        v = next.trim();
        index = i + 1;
      }
    }
    if (!v || isPlaceholder(v)) return;
    v = identifierHead(v);
    if (!/\d/.test(v) || v.length > 60) {
      if (/\p{L}{2}|\d/u.test(v) && v.length <= 60)
        unread(ctx, 'number', 'le numéro de la convention', i);
      return;
    }
    const fixed = ocrIdentifier(v.replace(/\s*(?:page\s+\d+.*)$/i, ''));
    fixed.text = withoutPageCounter(ctx.lines, i, fixed.text);
    out.push({
      value: fixed.text,
      index,
      confidence,
      ...(fixed.corrected ? { corrected: true } : {}),
    });
  });
  return out;
}

// (a PDF line break after a hyphen leaves a space: « 053-255302143-20250227- DEL2025_04-DE »;
// an OCR reads the « _ » of the act's own number as a space: « DEL2022 31 »)
const ACT_ID =
  /\b\d{2,3}[AB]?-\s?\d{9}-\s?\d{8}-\s?[\w.]+(?: [\w.]+)?-\s?(?:DE|AR|AI|CC|BF|AU)(?:-\d+-\d+)?\b/;
const actId = (m: string) => m.replace(/-\s/g, '-').replace(/(?<=[\w.]) (?=[\w.])/, '_');
/** The start of an act id at the end of a line, its rest on the next one. */
const ACT_ID_START = /\b\d{2,3}[AB]?-\s?\d[\w.\s-]*$/;
const ACT_LABEL =
  /identifiant (?:de t[ée]l[ée]transmission|unique(?: de l'acte)?)|n[°o] de l'acte|accus[ée] de r[ée]ception en pr[ée]fecture/i;

export function prefectureActIds(ctx: Ctx): Candidate<string>[] {
  const out: Candidate<string>[] = [];
  ctx.lines.forEach((line, i) => {
    const plain = ACT_ID.exec(line);
    if (plain) {
      // (« DEL2022 31 »: the underscore restored, said corrected)
      const spaced = / [\w.]/.test(plain[0].replace(/-\s/g, '-'));
      out.push({
        value: actId(plain[0]),
        index: i,
        confidence: spaced ? 'medium' : 'high',
        ...(spaced ? { corrected: true } : {}),
      });
      return;
    }
    // « … sous la référence 069-200066587-20230314- » / « DEL2023_45-DE »: wrapped
    const next = ctx.lines[i + 1] ?? '';
    if (ACT_ID_START.test(line) && next) {
      const cut = line.trimEnd().length;
      const m = ACT_ID.exec(`${line.trimEnd()}${next.trimStart()}`);
      if (m && m.index < cut && m.index + m[0].length > cut) {
        out.push({ value: actId(m[0]), index: i, confidence: 'high' });
        return;
      }
    }
    // « DE FLERS 061-266100544-20200702-CCAS2020_17- » / « 4 rue … 61100 FLERS DE »: a
    // letterhead of two columns, the stamp's last word at the end of the next line
    const head = /\b(\d{2,3}[AB]?-\d{9}-\d{8}-[\w.]+-)$/.exec(line.trimEnd());
    const type = /\s(DE|AR|AI|CC|BF|AU)$/.exec(next.trimEnd());
    if (head && type) {
      out.push({
        value: `${head[1]}${type[1]}`,
        index: i,
        confidence: 'medium',
        note: 'Identifiant lu sur deux lignes d’un en-tête en colonnes : vérifiez.',
      });
      return;
    }
    if (!ACT_LABEL.test(line) && !/\bID\s*:/.test(line)) return;
    const fixed = ACT_ID.exec(ocrDigits(line).text);
    if (fixed)
      out.push({ value: actId(fixed[0]), index: i, confidence: 'medium', corrected: true });
    else if (ACT_LABEL.test(line) && /\d{2}-/.test(line))
      unread(ctx, 'prefectureActId', 'l’identifiant de l’acte en préfecture', i);
  });
  return out;
}
