/**
 * Bulletins d'adhésion, whatever the shape of their title (« Bulletin d'adhésion au service :
 * Cdap », « Annexe 2.3 : Résidence – Bulletin d'adhésion … », the service on the next line),
 * and their quota tables: one row per line (tabs or spaces), or one cell per line. A row
 * that cannot be read (a profile code or a number damaged beyond repair) is skipped and
 * flagged « Ligne illisible — à vérifier », and the table is read on to the next heading.
 * OCR look-alikes in a profile code or a number (« Tl3 », « l2 ») are read, marked corrected.
 */
import { CATALOGUE_PROFILES } from '../../domain/profiles';
import { isPlaceholder, keyOf } from '../text-tools';
import type { BulletinValue, Extracted, QuotaValue } from '../types';
import { findAnchor, foldLoose, ocrDigits } from './anchors';
import { at, type Ctx, uniqueBy, unread } from './context';
import { isHeadingLine, softLine } from './paragraphs';
import { type Block, bulletinTitle } from './segmentation';
import { signaturesIn } from './signature';
import { findDateTolerant } from '../dates';

const KNOWN_PROFILES = new Set(CATALOGUE_PROFILES.map((p) => p.code));
const KNOWN_SERVICES: { words: string; code: string }[] = [
  { words: 'consultation du dossier allocataire', code: 'CDAP' },
];

/** « T13 », « Tl3 », « T 13 », « Profil T13 – … » → T13 (corrected when look-alikes were read). */
export function profileCode(
  cell: string,
): { code: string; corrected: boolean; rest: string } | undefined {
  const m = /^(?:profils?\s+)?(T)\s?([0-9lIiO|!SB]{1,2})(?![\p{L}\d])\s*(.*)$/iu.exec(cell.trim());
  if (!m) return undefined;
  const letter = m[1]!;
  const fixed = ocrDigits(`0${m[2]!}`);
  const digits = fixed.text.slice(1);
  if (!/^\d{1,2}$/.test(digits)) return undefined;
  return {
    code: `T${Number(digits)}`,
    corrected: fixed.corrected || letter === 't',
    rest: m[3] ?? '',
  };
}

/**
 * A profile code OCR split with a space (« T1 3 »): the lone digit after the code is part of
 * it when the code cell holds nothing else, or when a label and the row's quota follow it
 * (« T1 3 Commissions Fsl 1 »), and the joined code is a catalogue profile. Marked corrected.
 */
export function splitCode<T extends { code: string; corrected: boolean; rest: string }>(
  head: T | undefined,
  tabbed: boolean,
): T | undefined {
  if (!head || !/^T\d$/.test(head.code)) return head;
  const m = (tabbed ? /^(\d)$/ : /^(\d)\s+(?=\p{L}.*\s\S*\d\S*$)/u).exec(head.rest);
  const code = m ? `${head.code}${m[1]}` : '';
  if (!m || !KNOWN_PROFILES.has(code)) return head;
  return { ...head, code, corrected: true, rest: head.rest.slice(m[0].length).trim() };
}

/** A quota cell: digits, possibly read through look-alikes (« l2 » → 12). */
export function quotaNumber(cell: string): { max: number; corrected: boolean } | undefined {
  const t = cell.trim().replace(/[\s.]/g, '');
  if (/^\d{1,5}$/.test(t)) return { max: Number(t), corrected: false };
  // a cell of look-alikes only (« l », « lO ») in a number column
  const fixed = /^[lI|!O]{1,2}$/.test(t) ? ocrDigits(`0${t}`, { anyDigit: true }) : ocrDigits(t);
  const digits = /^[lI|!O]{1,2}$/.test(t) ? fixed.text.slice(1) : fixed.text;
  if (/^\d{1,5}$/.test(digits) && fixed.corrected) return { max: Number(digits), corrected: true };
  return undefined;
}

const QUOTA_HEADER =
  /\bprofils?\b.*\b(?:nombre|quotas?|maximum|maximal|utilisateurs|habilitations)\b/;

/** The header row of a quota table (not the sentence introducing the profiles). */
export function isQuotaHeader(line: string): boolean {
  if (line.length > 90) return false;
  if (!line.includes('\t') && !/^profils?\b/i.test(line)) return false;
  if (/:\s*$/.test(line) && !/^profils?\b/i.test(line)) return false;
  return QUOTA_HEADER.test(foldLoose(line));
}

function stopsTable(ctx: Ctx, i: number): boolean {
  const line = ctx.lines[i] ?? '';
  if (isHeadingLine(line) || bulletinTitle(ctx.lines, i)) return true;
  if (/^fait\s+[àa](?=\s)|^pour (?:la|le)\b/i.test(line)) return true;
  return line.length > 60 && !line.includes('\t');
}

function illegible(ctx: Ctx, i: number) {
  ctx.warnings.push(`Ligne illisible — à vérifier : ${ctx.lines[i] ?? ''} (ligne ${i + 1})`);
  unread(ctx, 'quota', 'une ligne du tableau des quotas', i);
}

/**
 * A quota table's header given one cell per line (« Profils », then « Nombre d'utilisateurs
 * autorisés », maybe « Libellé » between them): the line after its last cell, or undefined.
 */
export function headerCellsEnd(
  lines: readonly string[],
  i: number,
  to: number,
): number | undefined {
  if (
    !/^(?:code\s+)?profils?(?:\s+(?:utilisateurs?|d'utilisateurs?|habilit[ée]s?))?\s*:?$/i.test(
      (lines[i] ?? '').trim(),
    )
  )
    return undefined;
  for (let j = i + 1, cells = 0; j < to && cells < 3; j++) {
    const line = (lines[j] ?? '').trim();
    if (!line) continue;
    if (line.length > 60 || /\d/.test(line) || line.includes('\t')) return undefined;
    cells++;
    if (/\b(?:nombre|quotas?|maximum|maximal|utilisateurs)\b/.test(foldLoose(line))) return j + 1;
  }
  return undefined;
}

export function quotaRows(
  ctx: Ctx,
  from: number,
  to: number,
  checkCatalogue: boolean,
): Extracted<QuotaValue>[] {
  const out: Extracted<QuotaValue>[] = [];
  let pending: { code: string; index: number; corrected: boolean } | undefined;
  // codes one per line with no number between them: the table may be given column by column
  let codesInRun = 0;
  let started = false;
  for (let i = from; i < to; i++) {
    const line = ctx.lines[i] ?? '';
    if (!line) continue;
    if (stopsTable(ctx, i)) break;
    const cells = line.split('\t').map((c) => c.trim());
    const head = splitCode(profileCode(cells[0] ?? ''), cells.length > 1);
    // the header's cells wrapped over the next lines (« d'utilisateurs », « autorisés »)
    if (!head && !started && line.length <= 40 && /^[\p{L}'’ ()-]+$/u.test(line)) continue;
    if (head) started = true;
    if (!head) {
      // a bare number under a code with no value: one cell per line
      const n = cells.length === 1 ? quotaNumber(line) : undefined;
      if (n && pending) {
        // several codes then several numbers: a table given column by column, whose empty
        // cells are lost; the numbers go to the codes in order only when they are as many
        const numbers: number[] = [];
        for (let j = i; j < to && cells.length === 1; j++) {
          const l = ctx.lines[j] ?? '';
          if (!l) continue;
          if (!quotaNumber(l) || l.includes('\t')) break;
          numbers.push(j);
        }
        if (codesInRun > 1 && numbers.length > 1) {
          const codes = out.length === 0 ? codeRun(ctx, from, i, checkCatalogue) : [];
          if (codes.length === numbers.length) {
            codes.forEach((c, k) => {
              const m = quotaNumber(ctx.lines[numbers[k]!] ?? '')!;
              out.push(
                at(
                  ctx,
                  numbers[k]!,
                  { profileCode: c.code, max: m.max },
                  'medium',
                  'Tableau lu colonne par colonne : vérifiez.',
                  m.corrected || c.corrected,
                ),
              );
            });
          } else for (const j of numbers) illegible(ctx, j);
          pending = undefined;
          codesInRun = 0;
          i = numbers[numbers.length - 1]!;
          continue;
        }
        out.push(
          at(
            ctx,
            i,
            { profileCode: pending.code, max: n.max },
            'medium',
            undefined,
            n.corrected || pending.corrected,
          ),
        );
        pending = undefined;
        codesInRun = 0;
        continue;
      }
      // a label cell on its own line between a code and its number (« T1 », « Action sociale », « 2 »)
      if (pending && cells.length === 1 && line.length <= 80 && /^[\p{L}\s,'’():–-]+$/u.test(line))
        continue;
      if (line.length <= 30 && (/\d/.test(line) || /^t\W?\S{0,3}\b/i.test(line))) {
        illegible(ctx, i);
        pending = undefined;
        continue;
      }
      break;
    }
    if (checkCatalogue && !KNOWN_PROFILES.has(head.code)) {
      illegible(ctx, i);
      pending = undefined;
      continue;
    }
    if (cells.length > 1 && head.rest && !/^[\s:–-]*\p{L}{2}/u.test(head.rest)) {
      // « T1? », « T13# »: the code cell itself is damaged
      illegible(ctx, i);
      pending = undefined;
      continue;
    }
    const rest =
      cells.length > 1
        ? cells.slice(1).filter(Boolean)
        : head.rest
          ? [head.rest.replace(/^[\s:–-]+/, '')]
          : [];
    const last = rest[rest.length - 1];
    if (last === undefined || last === '') {
      pending = { code: head.code, index: i, corrected: head.corrected };
      if (cells.length === 1) codesInRun++;
      continue;
    }
    pending = undefined;
    codesInRun = 0;
    // « T13 Commissions Fsl 4 »: the number ends the row; with cells, a label column may
    // follow the number (« T1 | 3 | Action sociale »): the last cell that is a number
    const numberCell =
      cells.length > 1 ? [...rest].reverse().find((c) => quotaNumber(c)) : undefined;
    if (cells.length > 1 && !numberCell && rest.every((c) => /^[\p{L}\s,'’():–-]+$/u.test(c)))
      continue; // labels, no quota
    const tail = cells.length > 1 ? (numberCell ?? last) : (/(\S+)$/.exec(last)?.[1] ?? last);
    const n = quotaNumber(tail);
    if (!n) {
      if (cells.length === 1 && /^[\p{L}\s,'():–-]+$/u.test(last)) continue; // a label, no quota
      illegible(ctx, i);
      continue;
    }
    out.push(
      at(
        ctx,
        i,
        { profileCode: head.code, max: n.max },
        'high',
        undefined,
        head.corrected || n.corrected,
      ),
    );
  }
  return out;
}

/** The codes alone on their lines in [from, to), in order (a column of a table read column by column). */
function codeRun(
  ctx: Ctx,
  from: number,
  to: number,
  checkCatalogue: boolean,
): { code: string; corrected: boolean }[] {
  const out: { code: string; corrected: boolean }[] = [];
  for (let i = from; i < to; i++) {
    const line = ctx.lines[i] ?? '';
    const head = line && !line.includes('\t') ? splitCode(profileCode(line), false) : undefined;
    if (head && !head.rest && (!checkCatalogue || KNOWN_PROFILES.has(head.code)))
      out.push({ code: head.code, corrected: head.corrected });
  }
  return out;
}

// « T1 = 2 », « T13 : 1 », « T2 – 3 »: a profile and its quota inside a sentence
const INLINE_QUOTA =
  /(?<![\p{L}\d])(T\s?[0-9lIO|]{1,2})\s*(?:=|:|–|-|→)\s*([0-9lIO|]{1,5})(?![\p{L}\d])/gu;

/**
 * Quotas written in a sentence (« par profil : T1 = 2 ; T13 = 1 ; autres profils : néant »):
 * a line with at least one profile-and-number pair. A pair whose code is not in the
 * catalogue is flagged, not read.
 */
export function inlineQuotas(
  ctx: Ctx,
  i: number,
  checkCatalogue: boolean,
): Extracted<QuotaValue>[] {
  const line = ctx.lines[i] ?? '';
  const out: Extracted<QuotaValue>[] = [];
  for (const m of line.matchAll(INLINE_QUOTA)) {
    const head = profileCode(m[1] ?? '');
    const n = quotaNumber(m[2] ?? '');
    if (!head || !n || (checkCatalogue && !KNOWN_PROFILES.has(head.code))) {
      illegible(ctx, i);
      continue;
    }
    out.push(
      at(
        ctx,
        i,
        { profileCode: head.code, max: n.max },
        'medium',
        undefined,
        head.corrected || n.corrected,
      ),
    );
  }
  return out;
}

/**
 * « Profil T1 (Action sociale) : 2 accès », « T13 – Accès aux ressources : 1 », « Profil T2 :
 * néant »: one profile per line, its quota after a colon (none when it says « néant »);
 * undefined when the line is not of that shape. A code not in the catalogue is flagged.
 */
export function labelledQuota(
  ctx: Ctx,
  i: number,
  checkCatalogue: boolean,
): Extracted<QuotaValue>[] | undefined {
  const line = ctx.lines[i] ?? '';
  const m =
    /^(?:[-–•*]\s*)?(?:profils?\s+)?(T\s?[0-9lIO|]{1,2})(?![\p{L}\d])([^:]{0,80}):\s*(.+?)\s*\.?$/iu.exec(
      line,
    );
  if (!m) return undefined;
  const head = profileCode(m[1] ?? '');
  const value = (m[3] ?? '').trim();
  if (/^(?:n[ée]ant|aucun|sans objet|-|–|0\s*\(n[ée]ant\))$/i.test(value)) return [];
  const n =
    /^([0-9lIO|]{1,5})\s*(?:acc[èe]s|utilisateurs?|habilitations?|agents?|personnes?|postes?)?$/i.exec(
      value,
    );
  if (!n) return undefined;
  const max = quotaNumber(n[1] ?? '');
  if (!head || !max || (checkCatalogue && !KNOWN_PROFILES.has(head.code))) {
    illegible(ctx, i);
    return [];
  }
  return [
    at(
      ctx,
      i,
      { profileCode: head.code, max: max.max },
      'high',
      undefined,
      head.corrected || max.corrected,
    ),
  ];
}

/** « Site : X », « Site / service utilisateur : X », « Établissement concerné : X » → X. */
export function siteField(line: string): string | undefined {
  const m = /^([^:]{2,45}?)\s*:\s*(.+)$/.exec(line.trim());
  if (!m) return undefined;
  const label = foldLoose(m[1]!).replace(/\s+/g, ' ');
  if (
    !/^(?:site|etablissement|structure|antenne|lieu d'exercice|departement|pole|service (?:utilisateur|demandeur|concerne))\b/.test(
      label,
    )
  )
    return undefined;
  const value = m[2]!.trim().replace(/[\s.;]+$/, '');
  return value && !isPlaceholder(value) ? value : undefined;
}

/** « Date d'effet du bulletin : 01/03/2025 », « Date de prise d'effet : 1er mars 2025 » → ISO date. */
export function bulletinDate(line: string): string | undefined {
  const m =
    /^date\s+(?:d['’]effet|de (?:prise d['’]effet|mise en (?:œuvre|oeuvre|service))|du bulletin)[^:]{0,30}:\s*(.+)$/i.exec(
      line.trim(),
    );
  return m?.[1] ? findDateTolerant(m[1])?.iso : undefined;
}

/** Code, label and site from what follows « Bulletin d'adhésion ». */
export function parseServiceTail(tail: string): { code?: string; label?: string; site?: string } {
  // « n° 1 – Service Cdap »: the bulletin's own number goes first
  const unnumbered = tail.replace(/^\s*(?:n\s?[°o]|num[ée]ro)\s*\d+\s*[-–:,]?\s*/i, '');
  let t = unnumbered
    .replace(/^[\s:–-]+/, '')
    .replace(/^\s*(?:au|aux|du)?\s*services?\b\s*/i, '')
    .replace(/^[\s:–-]+/, '')
    .replace(/[\s.]+$/, '')
    .trim();
  if (!t) return {};
  const out: { code?: string; label?: string; site?: string } = {};
  const siteLabel =
    /\s*[-–|,]?\s*(?:site|[ée]tablissement|antenne|structure|service)\s*:\s*(.+)$/i.exec(t);
  if (siteLabel?.[1]) {
    out.site = siteLabel[1].trim();
    t = t.slice(0, siteLabel.index).trim();
  }
  const parts = t
    .split(/\s+[–-]\s+|\s*\(|\)/)
    .map((s) => s.trim())
    .filter(Boolean);
  const known = KNOWN_SERVICES.find((s) => findAnchor(t, s.words));
  const codeAt = parts.findIndex(
    (p) => /^[\p{L}][\p{L}\d]{1,11}$/u.test(p) && !/^(?:le|la|les|du|de|des|au|aux)$/i.test(p),
  );
  if (codeAt >= 0 && (codeAt === 0 || !known)) {
    out.code = parts[codeAt]!.toUpperCase();
    const others = parts.filter((_, k) => k !== codeAt);
    if (others.length && !out.site) {
      if (known && findAnchor(others.join(' '), known.words)) out.label = others.join(' ');
      else out.site = others.join(' ');
    }
  } else if (known) {
    out.code = known.code;
    out.label = parts[0];
    if (parts.length > 1 && !out.site)
      out.site =
        parts
          .slice(1)
          .filter((p) => p.toUpperCase() !== known.code)
          .join(' ') || undefined;
    if (!out.site) delete out.site;
  }
  return out;
}

/** « Annexe 2.3 » / « Relais Petite Enfance » / « Bulletin d'adhésion … »: the site between the two. */
function siteAbove(ctx: Ctx, cue: number): string | undefined {
  const above: string[] = [];
  for (let k = cue - 1; k >= 0 && above.length < 2; k--)
    if (ctx.lines[k]) above.push(ctx.lines[k]!);
  const [site, annex] = above;
  if (!site || !annex || !/^annexe\s*n?[°o]?\s*\d+(?:[.\-–/]\d+)*\s*:?$/i.test(annex))
    return undefined;
  if (
    site.length > 60 ||
    /^\p{Ll}/u.test(site) ||
    /[.;:]$/.test(site) ||
    isHeadingLine(site) ||
    site.includes('\t')
  )
    return undefined;
  // a site is named: mostly letters (not stamp or scan debris « . , ; · »)
  const letters = (site.match(/\p{L}/gu) ?? []).length;
  if (letters < 3 || letters < site.replace(/\s/g, '').length * 0.6) return undefined;
  return site;
}

const ANNEX_HEADING = /^annexe\s*n?[°o]?\s*(\d+(?:[.\-–/]\d+)*)\s*(?:(?:[-–:]|\.(?=\s))\s*(.*))?$/i;

/**
 * The number of the annex holding a bulletin when its heading stands further up
 * (« Annexe 2 – Liste des services et bulletins d'adhésion », a paragraph, then the bulletin):
 * the nearest annex heading above that speaks of services or bulletins, when that annex holds
 * this bulletin alone (several bulletins under one heading: no number is guessed).
 */
function enclosingAnnex(ctx: Ctx, blocks: Block[], cue: number): string | undefined {
  const cues = blocks.filter((b) => b.kind === 'bulletin').map((b) => b.cue);
  for (let k = cue - 1; k >= 0 && k >= cue - 80; k--) {
    const line = ctx.lines[k] ?? '';
    if (cues.includes(k)) return undefined;
    const m = ANNEX_HEADING.exec(line);
    if (!m) continue;
    if (!/bulletin|adh[ée]sion|services?\b/i.test(foldLoose(m[2] ?? ''))) return undefined;
    // the annex ends at the next annex heading: this bulletin must be its only one
    let end = ctx.lines.length;
    for (let j = cue + 1; j < ctx.lines.length; j++)
      if (ANNEX_HEADING.test(ctx.lines[j] ?? '')) {
        end = j;
        break;
      }
    return cues.filter((c) => c > k && c < end).length === 1 ? m[1] : undefined;
  }
  return undefined;
}

/** « ANNEXE », « Annexe n° 2 – Bulletin d'adhésion »: words of the document's structure, never a site's name. */
export function isStructuralWords(text: string): boolean {
  const key = keyOf(text);
  return (
    !key ||
    key
      .split(' ')
      .every((w) =>
        /^(?:annexes?|bulletins?|d|de|du|adhesion|n|no|numero|articles?|art|chapitres?|titres?|parties?|sections?|paragraphes?|points?|sous|[ivxl]{1,5}|\d+[a-z]?)$/.test(
          w,
        ),
      )
  );
}

export function bulletins(ctx: Ctx, blocks: Block[]): Extracted<BulletinValue>[] {
  const out: Extracted<BulletinValue>[] = [];
  for (const block of blocks.filter((b) => b.kind === 'bulletin')) {
    const title = bulletinTitle(ctx.lines, block.cue);
    let annex = title?.annex;
    const above = siteAbove(ctx, block.cue);
    if (!annex) {
      // « Annexe 2 » on one of the two non-empty lines before the title (three with a site line)
      for (let k = block.cue - 1, seen = 0; k >= 0 && seen < (above ? 3 : 2); k--) {
        const line = ctx.lines[k] ?? '';
        if (!line) continue;
        seen++;
        const m = /^annexe\s*n?[°o]?\s*(\d+(?:[.\-–/]\d+)*)\s*(?:[-–:].*)?$/i.exec(line);
        if (m) {
          annex = m[1];
          break;
        }
      }
    }
    annex ??= enclosingAnnex(ctx, blocks, block.cue);
    const parsed = parseServiceTail(title?.tail ?? '');
    let code = parsed.code;
    let site = [title?.site, parsed.site, above].find(
      (c) => c !== undefined && !isStructuralWords(c),
    );
    let label = parsed.label;
    // the service (and the site) on the lines after the title
    for (let k = block.cue + 1, seen = 0; k < block.end && seen < 3; k++) {
      const line = ctx.lines[k] ?? '';
      if (!line) continue;
      seen++;
      if (isHeadingLine(line)) break;
      if (!code) {
        const s = /^(?:(?:au|aux)\s+)?services?\s*:?\s*(.+)$/i.exec(line);
        const p = s
          ? parseServiceTail(s[1] ?? '')
          : /^[\p{L}][\p{L}\d]{1,11}$/u.test(line)
            ? { code: line.toUpperCase() }
            : {};
        if (p.code) {
          code = p.code;
          label ??= p.label;
          site ??= p.site;
          continue;
        }
      }
    }
    // « Site : … », « Site / service utilisateur : … » anywhere in the bulletin
    for (let k = block.cue + 1; k < block.end && !site; k++) {
      const s = siteField(ctx.lines[k] ?? '');
      if (s && !isStructuralWords(s)) site = s;
    }
    // « Date d'effet du bulletin : 01/03/2025 » before any signature's date
    let date: string | undefined;
    for (let k = block.cue + 1; k < block.end && !date; k++)
      date = bulletinDate(ctx.lines[k] ?? '');
    const quotas: Extracted<QuotaValue>[] = [];
    for (let i = block.cue + 1; i < block.end; i++) {
      const line = ctx.lines[i] ?? '';
      if (!label && line) {
        const soft = softLine(ctx.lines, ctx.paragraphs, i).text;
        const d =
          findAnchor(soft, 'description du service', { atStart: true }) ??
          (/^art[il1|]c[il1|]e\s*1\b/i.test(soft)
            ? findAnchor(soft, 'description du service')
            : undefined);
        if (d) {
          const v = soft
            .slice(d.end)
            .replace(/^[\s:–-]+/, '')
            .replace(/\s*\([^)]*\)\s*$/, '')
            .replace(/[\s.]+$/, '');
          if (v) label = v;
        }
      }
      if (!code && label) code = KNOWN_SERVICES.find((s) => findAnchor(label!, s.words))?.code;
      const cellsEnd =
        line && !line.includes('\t') ? headerCellsEnd(ctx.lines, i, block.end) : undefined;
      if (isQuotaHeader(line))
        quotas.push(...quotaRows(ctx, i + 1, block.end, (code ?? 'CDAP') === 'CDAP'));
      else if (cellsEnd !== undefined) {
        quotas.push(...quotaRows(ctx, cellsEnd, block.end, (code ?? 'CDAP') === 'CDAP'));
        i = cellsEnd - 1;
      } else if (line && !line.includes('\t')) {
        const labelled = labelledQuota(ctx, i, (code ?? 'CDAP') === 'CDAP');
        if (labelled) quotas.push(...labelled);
        else quotas.push(...inlineQuotas(ctx, i, (code ?? 'CDAP') === 'CDAP'));
      }
    }
    for (const s of signaturesIn(ctx, block.cue, block.end))
      if (s.date && !date) date = s.date.value;
    if (!code) {
      unread(ctx, 'bulletins', 'un bulletin d’adhésion (service non reconnu)', block.cue);
      continue;
    }
    const byCode = new Map<string, Extracted<QuotaValue>>();
    for (const q of quotas) {
      const seen = byCode.get(q.value.profileCode);
      if (!seen) byCode.set(q.value.profileCode, q);
      else if (seen.value.max !== q.value.max) {
        ctx.warnings.push(
          `Le profil ${q.value.profileCode} a deux quotas (${seen.value.max} et ${q.value.max}) : vérifiez (ligne ${q.sourceLine}).`,
        );
      }
    }
    out.push(
      at(
        ctx,
        block.cue,
        {
          serviceCode: code,
          ...(label ? { serviceLabel: label } : {}),
          ...(site ? { siteLabel: site } : {}),
          ...(annex ? { annexNumber: annex } : {}),
          ...(date ? { date } : {}),
          quotas: [...byCode.values()],
        },
        'high',
        undefined,
        block.corrected,
      ),
    );
  }
  return uniqueBy(out, (b) => {
    const v = b.value;
    return JSON.stringify([
      v.serviceCode,
      v.siteLabel ?? '',
      v.annexNumber ?? '',
      v.quotas.map((q) => [q.value.profileCode, q.value.max]),
    ]);
  });
}
