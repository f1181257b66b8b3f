/**
 * Bulletins d'adhésion, whatever the shape of their title (« Bulletin d'adhésion au service :
 * Cdap », « Annexe 2.3 : Résidence – Bulletin d'adhésion … », the service on the next line),
 * and their quota tables: one row per line (tabs or spaces), or one cell per line. A row
 * that cannot be read (a profile code or a number damaged beyond repair) is skipped and
 * flagged « Ligne illisible — à vérifier », and the table is read on to the next heading.
 * OCR look-alikes in a profile code or a number (« Tl3 », « l2 ») are read, marked corrected.
 */
import { keyOf } from '../text-tools';
import type { BulletinValue, Extracted, QuotaValue } from '../types';
import { findAnchor, foldLoose } from './anchors';
import { at, type Ctx, uniqueBy, unread } from './context';
import { isHeadingLine, lineOf, softLine } from './paragraphs';
import { type Block, bulletinTitle } from './segmentation';
import { signaturesIn } from './signature';
import { continuesOnNewPage } from './bulletin-page-continuation';
import { leadingBox } from './tick-boxes';
import {
  KNOWN_SERVICES,
  bulletinDate,
  enclosingAnnex,
  isStructuralWords,
  cleanServiceLabel,
  parseServiceTail,
  siteAbove,
  sitesFromPartnerField,
  siteField,
  isBodyField,
  siteWithTail,
} from './bulletin-headings';
import {
  KNOWN_PROFILES,
  illegible,
  flattenedQuotas,
  inlineQuotas,
  labelledQuota,
  profileCode,
  proseQuota,
  quotaAt,
} from './bulletin-quotas';
import { bareRow } from './bulletin-quota-rows';
import { codeGridQuotas, headerCellsEnd, isQuotaHeader, quotaRows } from './bulletin-quota-table';
import { columnQuotas, isCodeRow, rowGridQuotas } from './bulletin-quota-columns';
import { requestedGrantedQuotas } from './bulletin-quota-granted';
import { sentenceQuotas } from './bulletin-quota-words';

/** A row of profile codes, maybe behind « Profil(s) » (tabs or spaces between the cells). */
const GRID_CODES_LINE = /^(?:(?:code\s+)?profils?\s*:?\s+)?(?:T\s?\d{1,2}(?:\s+|$)){3,}$/i;
/** A row of numbers, maybe behind « Nombre … » (« – » for an empty cell). */
const GRID_NUMBERS_LINE =
  /^(?:(?:nombre|nb|quotas?|maximum|habilitations|utilisateurs)[^\d\t]*\s+)?(?:(?:\d{1,3}|[–-])(?:\s+|$))+$/i;

export { isStructuralWords, parseServiceTail } from './bulletin-headings';
export { profileCode, quotaNumber } from './bulletin-quotas';

/** The quotas a bulletin gives in sentences, each profile once (a contradiction is flagged). */
function proseQuotas(
  ctx: Ctx,
  from: number,
  to: number,
  code: string | undefined,
): Extracted<QuotaValue>[] {
  const out: Extracted<QuotaValue>[] = [];
  const done = new Set<number>();
  const codes = new Set<string>();
  for (let k = from; k < to; k++) {
    const pk = ctx.paragraphs.byLine[k] ?? -1;
    if (pk < 0 || done.has(pk)) continue;
    done.add(pk);
    const p = ctx.paragraphs.list[pk]!;
    // a sentence the paragraph view cut (« … pour le profil » / « T1 « Action sociale » … »)
    const next = ctx.paragraphs.list[pk + 1];
    const goesOn =
      !!next && !/[.;:!?»"]\s*$/.test(p.text) && next.lines[0] === p.lines[p.lines.length - 1]! + 1;
    const text = goesOn ? `${p.text} ${next.text}` : p.text;
    for (const q of sentenceQuotas(text)) {
      const line =
        goesOn && q.at > p.text.length ? lineOf(next, q.at - p.text.length - 1) : lineOf(p, q.at);
      if (codes.has(q.code)) continue;
      codes.add(q.code);
      if (Number.isNaN(q.max) || ((code ?? 'CDAP') === 'CDAP' && !KNOWN_PROFILES.has(q.code)))
        illegible(ctx, line);
      else
        out.push(
          at(
            ctx,
            line,
            { profileCode: q.code, max: q.max },
            'medium',
            'Quota lu dans une phrase : vérifiez.',
          ),
        );
    }
  }
  return out;
}
export { quotaRows } from './bulletin-quota-table';

/**
 * « Site : A », its quota table, « Site : B », its quota table, in one bulletin: the sites and
 * the quotas under each; undefined unless every site has quotas and none stands before the
 * first site.
 */
function siteParts(
  ctx: Ctx,
  block: Block,
  quotas: readonly Extracted<QuotaValue>[],
): { site: string; quotas: Extracted<QuotaValue>[] }[] | undefined {
  const fields: { k: number; site: string }[] = [];
  for (let k = block.cue + 1; k < block.end; k++) {
    const s = siteField(ctx.lines[k] ?? '');
    if (s && !isStructuralWords(s)) fields.push({ k, site: siteWithTail(ctx.lines, k, s) });
  }
  if (fields.length < 2 || new Set(fields.map((f) => keyOf(f.site))).size !== fields.length)
    return undefined;
  if (quotas.some((q) => q.sourceLine - 1 < fields[0]!.k)) return undefined;
  const parts = fields.map((f, n) => ({
    site: f.site,
    quotas: quotas.filter(
      (q) => q.sourceLine - 1 > f.k && q.sourceLine - 1 < (fields[n + 1]?.k ?? block.end),
    ),
  }));
  return parts.every((p) => p.quotas.length) ? parts : undefined;
}

/** A bare « Bulletin d'adhésion » title line printed more than once: a running page header. */
function isRunningTitle(
  ctx: Ctx,
  i: number,
  title: { tail: string; annex?: string; site?: string },
) {
  if (title.tail.trim() || title.annex || title.site) return false;
  const line = (ctx.lines[i] ?? '').trim();
  return ctx.lines.filter((l) => l.trim() === line).length > 1;
}

/**
 * « T1 ⇥ Action sociale ⇥ 6 », « T2 ⇥ Prestataires »: a row of a quota table read without its
 * header, a catalogue code first, its label, and one number last when the profile is opened.
 */
function cellRow(
  line: string,
  checkCatalogue: boolean,
): { code: string; max: number; corrected: boolean } | 'illegible' | undefined {
  const cells = line.split('\t').map((c) => c.trim());
  const head = profileCode(cells[0] ?? '');
  if (!head || head.rest || cells.length < 2) return undefined;
  if (checkCatalogue && !KNOWN_PROFILES.has(head.code)) return undefined;
  const numbers = cells.slice(1).filter((c) => /^\d{1,4}$/.test(c));
  const labels = cells.slice(1).filter((c) => !/^\d{1,4}$/.test(c));
  if (labels.some((l) => /\d/.test(l) && !/\(/.test(l))) return undefined;
  if (numbers.length > 1) return 'illegible';
  if (!numbers.length || !/^\d{1,4}$/.test(cells[cells.length - 1] ?? '')) return undefined;
  return { code: head.code, max: Number(numbers[0]), corrected: head.corrected };
}

/** « Nombre maximum d'habilitations par profil : » over the rows: the table's header. */
const QUOTA_LEAD =
  /^(?:nombre|quotas?)\s+(?:maxim(?:um|al)\s+)?(?:d['’]\s?(?:habilitations|utilisateurs|acces|agents)\s+)?(?:autorises?\s+)?par\s+profils?\s*:$/;

export function bulletins(ctx: Ctx, blocks: Block[]): Extracted<BulletinValue>[] {
  const out: Extracted<BulletinValue>[] = [];
  const list = blocks.filter((b) => b.kind === 'bulletin');
  /** The bulletin read from each block. */
  const read = new Map<Block, Extracted<BulletinValue>>();
  const fieldSites = sitesFromPartnerField(
    ctx,
    list.map((b) => b.cue),
  );
  for (const [n, block] of list.entries()) {
    const title = bulletinTitle(ctx.lines, block.cue);
    let annex = title?.annex;
    const above = siteAbove(ctx, block.cue);
    if (!annex) {
      // « Annexe 2 » on one of the two non-empty lines before the title (three with a site line)
      for (let k = block.cue - 1, seen = 0; k >= 0 && seen < (above ? 3 : 2); k--) {
        const line = ctx.lines[k] ?? '';
        if (!line) continue;
        seen++;
        // (« Annexe 2.1 (modifiée par l'avenant n° 2) »: a note in brackets after the number)
        const m =
          /^annexe\s*n?[°o]?\s*(\d+(?:[.\-–/]\d+)*)\s*(?:\([^()]{0,60}\)\s*)?(?:[-–:].*)?$/i.exec(
            line,
          );
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
      const boxed = leadingBox(ctx.lines[k] ?? '');
      // « Services demandés (cocher) : », « Service(s) choisi(s) : »: the lead of a list of boxes
      if (/^services?\b(?:\s*\(s\))?[^:]{0,40}:\s*$/i.test(ctx.lines[k] ?? '')) continue;
      // « ☐ Afas – … »: a service not chosen; « ☒ Cdap – … »: the chosen one
      if (boxed && boxed.state !== 'ticked') continue;
      // (« Service ⇥ Cdap – … »: a table of label and value cells is a « Service : » field)
      const line = (boxed ? boxed.rest.trim() : (ctx.lines[k] ?? '')).replace(
        /^(services?)\t\s*/i,
        '$1 : ',
      );
      if (!line) continue;
      seen++;
      if (isHeadingLine(line)) break;
      // (« Consultation du dossier allocataire par les partenaires (Cdap) »: a known service's name)
      const named = KNOWN_SERVICES.find((k) => findAnchor(line, k.words, { atStart: true }));
      // (« Service : Cdap – Consultation du dossier … »: the label next to the code)
      const field = /^services?\s*:\s*(.+)$/i.exec(line)?.[1];
      if (code && !label && (named?.code === code || field)) {
        const p = parseServiceTail(field ?? line);
        if (p.code === code && p.label && !p.site) label = p.label;
        continue;
      }
      if (!code) {
        const s = /^(?:(?:au|aux)\s+)?services?\s*:?\s*(.+)$/i.exec(line);
        const p = s
          ? parseServiceTail(s[1] ?? '')
          : // (« T2 », « Tl3 »: a profile's row of the quota table, no service)
            /^[\p{L}][\p{L}\d]{1,11}$/u.test(line) && !profileCode(line)
            ? { code: line.toUpperCase() }
            : named
              ? parseServiceTail(line)
              : {};
        if (p.code) {
          code = p.code;
          label ??= p.label;
          site ??= p.site;
          continue;
        }
      }
    }
    // « Le service Cdap (Consultation du dossier allocataire …) permet … »: the label in brackets
    for (let k = block.cue + 1; k < block.end && code && !label; k++) {
      const m = /\bservice\s+(\p{L}[\p{L}\d]{1,11})\s*\(([^()]{10,120})\)/iu.exec(
        ctx.lines[k] ?? '',
      );
      const known = KNOWN_SERVICES.find((s) => s.code === code);
      if (m && m[1]!.toUpperCase() === code && known && findAnchor(m[2]!, known.words))
        label = m[2]!.trim();
    }
    // « Site : … », « Site / service utilisateur : … » anywhere in the bulletin
    // (« Structure : <the partner> » above « Service utilisateur : X »: X)
    let bodySite: string | undefined;
    for (let k = block.cue + 1; k < block.end && !site; k++) {
      const s = siteField(ctx.lines[k] ?? '');
      if (!s || isStructuralWords(s)) continue;
      if (isBodyField(ctx.lines[k] ?? '')) bodySite ??= siteWithTail(ctx.lines, k, s);
      else site = siteWithTail(ctx.lines, k, s);
    }
    site ??= bodySite;
    site ??= fieldSites[n];
    // « Date d'effet du bulletin : 01/03/2025 » before any signature's date
    let date: string | undefined;
    for (let k = block.cue + 1; k < block.end && !date; k++)
      date = bulletinDate(ctx.lines[k] ?? '');
    const quotas: Extracted<QuotaValue>[] = [];
    /** A table's header was read: its rows are the header's reader's. */
    let tableRead = false;
    // « … Partenaire : Mission locale de X Profils Nombre d'utilisateurs autorisés »: a PDF
    // joined the table's header to the title; its rows follow
    const titleHead = /\s(profils?\s+(?:nombre|quotas?|maximum|utilisateurs)\b.{0,60})$/i.exec(
      ctx.lines[block.cue] ?? '',
    );
    if (titleHead && isQuotaHeader(titleHead[1]!) && (tableRead = true))
      quotas.push(...quotaRows(ctx, block.cue + 1, block.end, (code ?? 'CDAP') === 'CDAP'));
    for (let i = block.cue + 1; i < block.end; i++) {
      const line = ctx.lines[i] ?? '';
      if (!label && line) {
        // a title line is not joined to the sentence that starts below it (« Le service Cdap
        // permet … »), only to its own wrapped end
        const next = ctx.lines[i + 1] ?? '';
        // (« … du dossier allocataire par » / « les partenaires »: a title cut after a word no
        // title ends with goes on, whatever its next line starts with)
        const cut = /\s(?:par|de|du|des|d'|à|aux|pour|et|en|sur)$/i.test(line) && !!next;
        const soft = cut
          ? `${line} ${next}`
          : /^(?:le|la|les|l'|ce|cet|cette|ces|il|elle|un|une|des|dans|pour|en|afin)\s*\p{Ll}/iu.test(
                next,
              ) && /service\s*:?\s+\S/i.test(line)
            ? line
            : softLine(ctx.lines, ctx.paragraphs, i).text;
        // (« Article 1 – Description du service … »; under another article number, only a
        // known service's name: « ARTICLE 3 – Description du service Consultation … »)
        const first = /^art[il1|]c[il1|]e\s*1\b/i.test(soft);
        const numbered = /^art[il1|]c[il1|]e\s*(?:\d{1,2}|[IVX]{1,4})\b/i.test(soft);
        const d =
          findAnchor(soft, 'description du service', { atStart: true }) ??
          (first || numbered ? findAnchor(soft, 'description du service') : undefined);
        if (d) {
          const v = soft
            .slice(d.end)
            .replace(/^[\s:–-]+/, '')
            .replace(/\s*\([^)]*\)\s*$/, '')
            .replace(/[\s.]+$/, '');
          const known = KNOWN_SERVICES.some((k) => findAnchor(v, k.words, { atStart: true }));
          if (
            v &&
            (first || known || findAnchor(soft, 'description du service', { atStart: true }))
          )
            label = v;
        }
      }
      if (!code && label) code = KNOWN_SERVICES.find((s) => findAnchor(label!, s.words))?.code;
      // « Profils », every profile, « Nombre d'utilisateurs », every number: column by column
      const columns =
        columnQuotas(ctx, i, block.end, (code ?? 'CDAP') === 'CDAP') ??
        rowGridQuotas(ctx, i, block.end, (code ?? 'CDAP') === 'CDAP') ??
        (quotas.length
          ? undefined
          : requestedGrantedQuotas(ctx, i, block.end, (code ?? 'CDAP') === 'CDAP'));
      if (columns) {
        quotas.push(...columns.quotas);
        i = columns.end - 1;
        continue;
      }
      const cellsEnd =
        line && !line.includes('\t') ? headerCellsEnd(ctx.lines, i, block.end) : undefined;
      if (isQuotaHeader(line) || QUOTA_LEAD.test(foldLoose(line))) {
        tableRead = true;
        // (a lead over a grid across the page, « T1 ⇥ T2 ⇥ … » then its numbers: the grid's)
        let next = i + 1;
        while (next < block.end && !ctx.lines[next]) next++;
        if (!isCodeRow(ctx.lines[next] ?? ''))
          quotas.push(...quotaRows(ctx, i + 1, block.end, (code ?? 'CDAP') === 'CDAP'));
      } else if (cellsEnd !== undefined) {
        tableRead = true;
        quotas.push(...quotaRows(ctx, cellsEnd, block.end, (code ?? 'CDAP') === 'CDAP'));
        i = cellsEnd - 1;
      } else if (line.includes('\t') && !tableRead) {
        // « T1 ⇥ Action sociale ⇥ 6 » under a header the PDF broke over several lines
        const row = cellRow(line, (code ?? 'CDAP') === 'CDAP');
        if (row === 'illegible') illegible(ctx, i);
        else if (row) quotas.push(quotaAt(ctx, i, row.code, row.max, 'medium', row.corrected));
      } else if (line && !line.includes('\t')) {
        const flat = flattenedQuotas(ctx, i, (code ?? 'CDAP') === 'CDAP');
        if (flat) {
          quotas.push(...flat);
          continue;
        }
        const labelled = labelledQuota(ctx, i, (code ?? 'CDAP') === 'CDAP');
        // « T1 Action sociale 2 » with no header over it
        const bare = labelled ? undefined : bareRow(line, (code ?? 'CDAP') === 'CDAP');
        if (labelled) quotas.push(...labelled);
        else if (bare && 'illegible' in bare) illegible(ctx, i);
        else if (bare) quotas.push(quotaAt(ctx, i, bare.code, bare.max, 'medium', bare.corrected));
        else quotas.push(...inlineQuotas(ctx, i, (code ?? 'CDAP') === 'CDAP'));
      }
    }
    // rows of a quota table flagged above: a table, not sentences (« Nombre 3 1 2 » then
    // « Profil T11 … » joined read « 2 Profil T11 »)
    const tableFlagged = ctx.unread.some(
      (u) => u.part === 'quota' && u.sourceLine - 1 > block.cue && u.sourceLine - 1 < block.end,
    );
    // a grid of codes whose header could not be read
    if (!quotas.length)
      quotas.push(...codeGridQuotas(ctx, block.cue + 1, block.end, (code ?? 'CDAP') === 'CDAP'));
    // no table: profiles and counts paired in sentences (« … à trois (3) pour le profil T1 et
    // à une (1) pour le profil T13 », « deux accès au profil T5 »)
    if (!quotas.length && !tableFlagged)
      quotas.push(...proseQuotas(ctx, block.cue + 1, block.end, code));
    // no table: one profile opened in prose, its cap in a sentence (« fixé à deux (2) »)
    if (!quotas.length && !tableFlagged) {
      const found = new Map<string, { code: string; max: number; index: number }>();
      for (let k = block.cue + 1; k < block.end; k++) {
        if (!ctx.lines[k]) continue;
        const q = proseQuota(softLine(ctx.lines, ctx.paragraphs, k).text);
        if (q && !found.has(`${q.code}=${q.max}`))
          found.set(`${q.code}=${q.max}`, { ...q, index: k });
      }
      const only = found.size === 1 ? [...found.values()][0]! : undefined;
      if (only && ((code ?? 'CDAP') !== 'CDAP' || KNOWN_PROFILES.has(only.code)))
        quotas.push(
          at(
            ctx,
            only.index,
            { profileCode: only.code, max: only.max },
            'medium',
            'Quota lu dans une phrase : vérifiez.',
          ),
        );
    }
    // « T1 T2 T4 … T12 » then « 2 »: a quota table whose empty cells a PDF dropped, or whose
    // rows were laid out in a way no reader above follows (codes wrapped over two rows); which
    // profile each number is cannot be told
    if (!quotas.length && !tableFlagged) {
      const codesRow = ctx.lines.findIndex(
        (l, k) =>
          k > block.cue &&
          k < block.end &&
          GRID_CODES_LINE.test(l.trim()) &&
          ctx.lines.slice(k + 1, k + 4).some((n) => GRID_NUMBERS_LINE.test(n.trim())),
      );
      if (codesRow >= 0)
        unread(
          ctx,
          'bulletins',
          'les quotas d’un bulletin (tableau dont les cases vides ont disparu : à quel profil est chaque nombre ?)',
          codesRow,
        );
    }
    for (const s of signaturesIn(ctx, block.cue, block.end))
      if (s.date && !date) date = s.date.value;
    if (!code) {
      // a bare « Bulletin d'adhésion » repeated at the head of each page: the bulletin next to
      // it goes on (its signature's date and quotas are that bulletin's), nothing to report
      if (title && isRunningTitle(ctx, block.cue, title)) {
        const prev = list[n - 1];
        const before = prev && prev.end >= block.start ? read.get(prev) : undefined;
        if (before) {
          const v = before.value;
          const known = new Set(v.quotas.map((q) => q.value.profileCode));
          before.value = {
            ...v,
            ...(!v.date && date ? { date } : {}),
            quotas: [...v.quotas, ...quotas.filter((q) => !known.has(q.value.profileCode))],
          };
          continue;
        }
        const next = list[n + 1];
        if (next && block.end >= next.start && !quotas.length) continue;
      }
      unread(ctx, 'bulletins', 'un bulletin d’adhésion (service non reconnu)', block.cue);
      continue;
    }
    // the same bulletin's title printed again at the top of its next page: its rows and its
    // date go on the bulletin it repeats
    const prev = list[n - 1];
    const before = prev ? read.get(prev) : undefined;
    if (
      prev &&
      before &&
      continuesOnNewPage(ctx, prev, block, before.value, {
        serviceCode: code,
        ...(site ? { site } : {}),
        codes: quotas.map((q) => q.value.profileCode),
      })
    ) {
      const v = before.value;
      before.value = {
        ...v,
        ...(!v.date && date ? { date } : {}),
        ...(!v.siteLabel && site ? { siteLabel: site } : {}),
        quotas: [...v.quotas, ...quotas],
      };
      read.set(block, before);
      continue;
    }
    // several sites in one bulletin, each « Site : X » over a quota table of its own: one
    // bulletin per site, each with the quotas under its field
    const parts = siteParts(ctx, block, quotas) ?? [{ site, quotas }];
    const serviceLabel = cleanServiceLabel(label);
    let bulletin: Extracted<BulletinValue> | undefined;
    for (const part of parts) {
      const byCode = new Map<string, Extracted<QuotaValue>>();
      for (const q of part.quotas) {
        const seen = byCode.get(q.value.profileCode);
        if (!seen) byCode.set(q.value.profileCode, q);
        else if (seen.value.max !== q.value.max) {
          ctx.warnings.push(
            `Le profil ${q.value.profileCode} a deux quotas (${seen.value.max} et ${q.value.max}) : vérifiez (ligne ${q.sourceLine}).`,
          );
        }
      }
      bulletin = at(
        ctx,
        block.cue,
        {
          serviceCode: code,
          ...(serviceLabel ? { serviceLabel } : {}),
          ...(part.site ? { siteLabel: part.site } : {}),
          ...(annex ? { annexNumber: annex } : {}),
          ...(date ? { date } : {}),
          quotas: [...byCode.values()],
        },
        'high',
        undefined,
        block.corrected,
      );
      if (parts.length > 1) out.push(bulletin);
    }
    if (parts.length > 1) continue;
    bulletin = bulletin!;
    read.set(block, bulletin);
    out.push(bulletin);
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

/**
 * « Le CCAS adhère au service Cdap. La Caf l'autorise à créer au maximum deux habilitations au
 * profil T1 … » (a convention that writes its one bulletin as an article): the service the
 * partner joins and the quotas the same paragraph or the next one gives. Undefined when the
 * text says no such thing, or gives no quota.
 */
export function adhesionInProse(
  ctx: Ctx,
  blocks: readonly Block[],
): Extracted<BulletinValue> | undefined {
  const skipped = blocks.filter((b) => b.kind === 'deliberation' || b.kind === 'avenant');
  for (const [pk, p] of ctx.paragraphs.list.entries()) {
    const first = p.lines[0]!;
    if (skipped.some((b) => b.start <= first && first < b.end)) continue;
    const m = /\badh[èe]r(?:e|ent)\s+au\s+services?\s+([\p{L}][\p{L}\d]{1,11})/iu.exec(p.text);
    if (!m) continue;
    const service = parseServiceTail(m[1]!);
    if (!service.code) continue;
    const next = ctx.paragraphs.list[pk + 1];
    const last = (next ?? p).lines[(next ?? p).lines.length - 1]!;
    const quotas = proseQuotas(ctx, first, last + 1, service.code);
    if (!quotas.length) continue;
    return at(
      ctx,
      lineOf(p, m.index),
      {
        serviceCode: service.code,
        ...(service.label ? { serviceLabel: service.label } : {}),
        quotas,
      },
      'medium',
      'Adhésion et quotas lus dans le texte de la convention : vérifiez.',
    );
  }
  return undefined;
}
