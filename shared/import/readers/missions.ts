/**
 * Missions of the partner (conv. art. 8, whatever its number after renumbering): the items
 * after the article's heading, on the paragraph view so that an item wrapped over several
 * lines is one mission and its tail is not another. The lead sentence, the form's prompts
 * (« Saisir la mission principale… ») and footnotes are not missions.
 */
import { isPlaceholder, isRunningLine } from '../text-tools';
import type { Extracted } from '../types';
import { editDistance, findAnchor, foldLoose, ocrWords, skeleton, wordsOf } from './anchors';
import { at, type Ctx, ocrLooking, unread } from './context';
import {
  isHeaderRow,
  isListTitle,
  listMarker,
  type Marker,
  proseItems,
  rowCells,
  splitAtMarkers,
  splitGlued,
  stripMarkers,
} from './missions-items';
import {
  columnRoles,
  type ColumnRole,
  isLegalCell,
  isRefCell,
  isTitleRow,
  missionOfRow,
  onlyMissionWraps,
  withoutLegalTail,
} from './missions-table';
import { isHeadingLine, KEY_VALUE, lineOf, paragraphsIn } from './paragraphs';
import type { Block } from './segmentation';
import { bareSignature } from './signature';
import { type BoxState, leadingBox } from './tick-boxes';

/**
 * « 3. La gestion des habilitations » after « 2. Les missions du CCAS »: a heading numbered
 * like the missions' own with a greater number is the next section, not an item.
 */
function nextSibling(heading: string, line: string): boolean {
  const h = /^(\d{1,2})([.)])\s+\S/.exec(heading);
  const l = /^(\d{1,2})([.)])\s+\p{Lu}/u.exec(line);
  if (!h || !l || h[2] !== l[2] || Number(l[1]) <= Number(h[1])) return false;
  return line.length <= 80 && !/[.;:,]$/.test(line);
}

/**
 * « 2.1 la gestion du tiers payant … ; » under « 2. Missions du bailleur »: an item numbered
 * under the heading's own number, not the next heading.
 */
function subItem(heading: string, line: string): boolean {
  const h = /^(?:art[il1|]c[il1|]e\s*|art\.\s*)?(\d{1,2})\b/i.exec(heading);
  return !!h && listMarker(line)?.key === `${h[1]}.`;
}

/** « Article 8 – Missions du partenaire », « 7. Les missions du partenaire », « Missions du partenaire ». */
export function isMissionsHeading(line: string): boolean {
  if (!line || line.length > 90 || /[.;]$/.test(line)) return false;
  if (/\.{3,}|…|\t\s*\d{1,3}$/.test(line)) return false; // a table-of-contents entry
  const numbered =
    /^(?:(?:art[il1|]c[il1|]e|art\.)\s*(?:\d+(?:\.\d+)*|[IVXLC]+\b)|\d+(?:\.\d+)*\s*[-–.)]|[IVX]{1,5}\s*[-–.)](?=\s))\s*[-–:.]?\s*(.*)$/.exec(
      line,
    ) ??
    /^(?:(?:art[il1|]c[il1|]e|art\.)\s*(?:\d+(?:\.\d+)*|[IVXLC]+\b)|\d+(?:\.\d+)*\s*[-–.)])\s*[-–:.]?\s*(.*)$/i.exec(
      line,
    );
  const title = numbered ? (numbered[1] ?? '') : line;
  const hit =
    findAnchor(title, 'missions', { atStart: !numbered }) ??
    findAnchor(title, 'mission', { atStart: !numbered, budget: 0 });
  if (!hit) return false;
  // (« Missions du partenaire (article 8 des conditions générales) »: the conditions
  // particulières of the national model, which article 8 refers to)
  if (!numbered)
    return /^(?:les\s+)?missions?\s+(?:du|des|exerc[ée]es\s+par\s+(?:le|les))\s+partenaires?\s*(?:\([^()]{3,60}\))?\s*:?$/i.test(
      line,
    );
  return hit.start <= 20 && !/\bcentre de services\b/i.test(title);
}

/**
 * « ARTICLE 3 – FINALITÉS DE L'ACCÈS », « Article 2 – Finalité de la consultation »: older
 * models list the partner's missions there, as a list after a lead sentence ending in « : ».
 */
export function isFinalitiesHeading(line: string): boolean {
  if (!line || line.length > 90 || /[.;]$/.test(line)) return false;
  if (/\.{3,}|…|\t\s*\d{1,3}$/.test(line)) return false;
  // (« III. Finalités autorisées »: a capital roman number too)
  const numbered =
    /^(?:(?:art[il1|]c[il1|]e|art\.)\s*(?:\d+(?:\.\d+)*|[IVXLC]+\b)|\d+(?:\.\d+)*\s*[-–.)])\s*[-–:.]?\s*(.*)$/i.exec(
      line,
    ) ?? /^[IVX]{1,5}\s*[-–.)]\s+(.*)$/.exec(line);
  if (!numbered) return false;
  const hit =
    findAnchor(numbered[1] ?? '', 'finalites') ??
    findAnchor(numbered[1] ?? '', 'finalite', { budget: 0 });
  return !!hit && hit.start <= 8;
}

/**
 * « 2.1 Missions de l'association. L'association … sollicite l'accès pour les seules missions
 * ci-après : », « Article 8 – Missions. Le partenaire … »: a missions heading run into the
 * article's first sentence. The sentence after it, or undefined.
 */
export function runInMissionsHeading(line: string): string | undefined {
  const m =
    /^((?:(?:art[il1|]c[il1|]e|art\.)\s*)?\d{1,2}(?:\.\d{1,2})*\.?)\s*[-–:.]?\s*(\p{Lu}[^.:;!?]{2,60}?)\s*[.:–]\s+(\p{Lu}.*)$/iu.exec(
      line,
    );
  if (!m || m[2]!.split(/\s+/).length > 8) return undefined;
  return isMissionsHeading(`${m[1]!.replace(/\.$/, '')} – ${m[2]!}`) ? m[3]! : undefined;
}

/**
 * A sentence that opens the list of the partner's uses of the data, where no missions heading
 * stands (« Le Partenaire n'utilise les informations mises à sa disposition que pour : »,
 * « … pour les missions suivantes : »).
 */
export function isUseLead(text: string): boolean {
  const t = text.trim();
  if (
    t.length > 400 ||
    !/\b(?:pour|missions?\s+(?:suivantes?|ci-apr[eè]s|ci-dessous))\s*:$/iu.test(t)
  )
    return false;
  return (
    /\b(?:utilis|consult|acc[eè]d|exploit)\p{L}*|\bacc[eè]s\b/iu.test(t) &&
    /\b(?:donn[ée]es|informations|dossiers|acc[eè]s|service)\b/iu.test(t)
  );
}

/** « Mission n° 1 : », « Mission 2 – », « Mission no 3. »: the label of a numbered form item. */
// « Mission n° 1 : … », « Mission principale : … », « Missions complémentaires – … »
const MISSION_LABEL =
  /^(?:mission\s*(?:n\s?[°º]|no\.?)?\s*\d+|missions?\s+(?:principale|secondaire|compl[ée]mentaire|annexe|prioritaire|obligatoire|facultative)s?)\s*[:.–-]\s*/i;

const PROMPT = /^(?:saisir|renseigner|indiquer|compl[ée]ter|pr[ée]ciser|lister|ins[ée]rer)\b/i;
const LEAD_INLINE =
  /missions?\b[^:]*:$|suivantes?\s*:$|savoir\s*:$|\b(?:pour|notamment|comme suit|ci-apr[eè]s|sont|concernent|recouvrent|comprennent)\s*:$/i;
/** « … pour : a ; b ; c. »: a lead, a colon, items apart by « ; » (not a form's field). */
const isInlineList = (text: string) => {
  const m = /^(.{10,}?:)\s*(.+;.*)$/.exec(text);
  return !!m && LEAD_INLINE.test(m[1]!);
};
const LEAD =
  /s'engage|dans le strict respect|telles? que (?:pr[ée]vues?|d[ée]finies?)|ci-dessous|suivantes?\s*:?$/i;

/** « Les missions … sont précisées aux conditions particulières »: the missions are elsewhere. */
const REFERS_ELSEWHERE =
  /\b(?:sont|est|figurent|sont\s+reprises)\s+(?:(?:pr[ée]cis[ée]|d[ée]fini|d[ée]crit|list[ée]|indiqu[ée]|mentionn[ée]|fix[ée]|repris|[ée]num[ée]r[ée])e?s?\s+)?(?:aux?|dans\s+les?|en)\s+(?:conditions\s+particuli[èe]res|annexe)\b/i;

const SIGNATURE_START =
  /^(?:f[a@4][il1|!]t\s*(?:[àa](?=\s)|en\b|le\b|,)|sign[ée]e?\s+(?:[àa](?=\s)|le\b)|pour (?:la caf|le partenaire|la caisse|le ccas|la commune|la ville)\b|lu et approuv[ée])/i;

const PAGE_MARK =
  /\bpage\s+\d+|\b\d+\s*\/\s*\d+\s*$|mon compte partenaire|\bconvention d'acc[eè]s|\bmod[eè]le national\b/i;

/**
 * A list of check boxes (at least one ticked and one empty, OCR's readings included; or
 * boxes whose tick cannot be read): only the ticked items are the partner's missions. A list
 * of plain « □ » bullets with nothing ticked is an ordinary list.
 */
export function checkBoxes(
  items: readonly string[],
): ((item: string) => BoxState | 'none') | undefined {
  const states = new Set(items.map((t) => leadingBox(t)?.state));
  const unreadable = states.has('unreadable');
  if (!(states.has('ticked') || unreadable) || !(states.has('empty') || unreadable))
    return undefined;
  if (unreadable && !states.has('ticked') && !states.has('empty')) return undefined;
  return (item) => leadingBox(item)?.state ?? 'none';
}
const stripBox = (text: string) => leadingBox(text)?.rest ?? text;

const ITEM_OPENS =
  /^(?:l['’]|le\s|la\s|les\s|un\s|une\s|du\s|des\s|de\s+la\s|de\s+l['’]|au\s|aux\s)\s*\p{L}{3}/iu;

/** An item holding several missions apart by « ; » (outside brackets), each of three words at least. */
export function splitItems(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let k = 0; k <= text.length; k++) {
    const c = text[k];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    if (k === text.length || (c === ';' && depth === 0)) {
      parts.push(
        text
          .slice(from, k)
          .replace(/^[\s,]*(?:et\s+)?/i, '')
          .replace(/[\s;,.]+$/, '')
          .trim(),
      );
      from = k + 1;
    }
  }
  const real = parts.filter(Boolean);
  // « Les missions du partenaire sont l'instruction … ; le suivi … »: the lead is no part of
  // the first item, when every other item opens with a determiner as the first one does
  const lead =
    /^.{6,}?\b(?:sont|est|comprennent|recouvrent|concernent|consistent en|portent sur)\s+(?=(?:l['’]|le\s|la\s|les\s|un\s|une\s|du\s|des\s)\s*\p{L}{3})/iu.exec(
      real[0] ?? '',
    );
  if (lead && real.length > 1 && real.slice(1).every((p) => ITEM_OPENS.test(p)))
    real[0] = real[0]!.slice(lead[0].length);
  if (real.length < 2 || real.some((p) => p.split(/\s+/).length < 3 || !/^\p{L}/u.test(p)))
    return [text];
  return real;
}

/** An item's text: its list markers off, OCR's misread words put right (said corrected). */
function itemText(boxed: string, ctx: Ctx): { text: string; corrected: boolean } {
  // (« … facultatives. » closing an article an avenant quotes: its closing quote goes, when
  // the item opened none)
  let raw = stripMarkers(boxed).replace(/[\s;,.:]+$/, '');
  if (/"$/.test(raw) && (raw.match(/"/g) ?? []).length % 2 === 1)
    raw = raw.slice(0, -1).replace(/[\s;,.:]+$/, '');
  // OCR « l » for a capital « I » starting the item (« lnstruction »): no French word starts so
  const startL = /^l(?=[bcdfghjkmnpqrstvwxz])/.test(raw);
  // and « J », « I », « 1 », « | » for the « l » of an article (« Ja tarification », « 1'instruction »):
  // no mission opens with « Ja », « Je », « Jes »
  const article = /^(?:[J1|](?=a\s|es\s|e\s|')|[I1|](?=a\s|es\s|'))/.test(raw);
  const fixed = startL ? `I${raw.slice(1)}` : article ? `l${raw.slice(1)}` : raw;
  const words = ocrWords(fixed, wordsOf(ctx.lines));
  return { text: words.text, corrected: startL || article || words.corrected };
}

/** A short line shaped as a title: a capital, at most eight words, no sentence punctuation. */
function isTitleShaped(text: string): boolean {
  const t = text.trim();
  return /^\p{Lu}/u.test(t) && t.split(/\s+/).length <= 8 && !/[.;:,]$/.test(t);
}

/** « Artic1e 9 – … », « Aticle 9 », « ARTlCLE 9 »: an article heading OCR damaged past the heading test. */
function isArticleLike(text: string): boolean {
  const m = /^(\p{L}[\p{L}1|!]{4,8})\.?\s*\d{1,2}(?:\.\d+)*\b\s*[-–—:.]?/u.exec(text.trim());
  if (!m) return false;
  return editDistance(foldLoose(m[1]!).replace(/[1|!]/g, 'i'), 'article') <= 2;
}

export function missions(ctx: Ctx, blocks: Block[]): Extracted<string>[] {
  const found = new Map<string, Extracted<string>>();
  const excluded = blocks.filter((b) => b.kind === 'bulletin' || b.kind === 'deliberation');
  const isExcluded = (i: number) => excluded.some((b) => b.start <= i && i < b.end);
  let headings = 0;
  for (let i = 0; i < ctx.lines.length; i++) {
    if (isExcluded(i)) continue;
    const line = ctx.lines[i] ?? '';
    if (isFinalitiesHeading(line)) i = readSection(i, true, false, true) - 1;
    else if (isMissionsHeading(line)) i = readSection(i, false, false, true) - 1;
    else if (runInMissionsHeading(line) !== undefined) {
      // the heading's sentence may wrap: its paragraph ends with « : » when a list follows
      const k = ctx.paragraphs.byLine[i] ?? -1;
      const lead = k >= 0 ? ctx.paragraphs.list[k]! : undefined;
      const last = lead?.lines[lead.lines.length - 1] ?? i;
      i = readSection(last, true, !!lead && /:\s*$/.test(lead.text), true) - 1;
    } else continue;
    headings++;
  }
  // no missions heading: a sentence announcing the uses of the data, then its list
  if (!headings && !found.size) {
    for (const p of ctx.paragraphs.list) {
      const last = p.lines[p.lines.length - 1]!;
      if (isExcluded(last) || !isUseLead(p.text)) continue;
      readSection(last, true, true, false);
      if (found.size) break;
    }
  }
  return [...found.values()];

  /**
   * Reads the missions after line `i` (a heading, or the last line of a lead) up to the next
   * heading; returns that end. `finalities`: only the items of a list after a lead ending in
   * « : » (`open`: such a lead was just read); `flag`: say the missions unread when the body
   * holds none.
   */
  function readSection(i: number, finalities: boolean, open: boolean, flag: boolean): number {
    let end = i + 1;
    while (
      end < ctx.lines.length &&
      end < i + 60 &&
      (!isHeadingLine(ctx.lines[end] ?? '') || subItem(ctx.lines[i] ?? '', ctx.lines[end] ?? '')) &&
      !nextSibling(ctx.lines[i] ?? '', ctx.lines[end] ?? '')
    )
      end++;
    let read = 0;
    let body = false;
    // (a line inside a paragraph that opens with a list marker starts an item of its own)
    const paragraphs = paragraphsIn(ctx.paragraphs, i + 1, end).flatMap(splitAtMarkers);
    const box = checkBoxes(paragraphs.map((p) => p.text));
    // under « Finalités », only the items of a list after a lead ending in « : » (the
    // article's other sentences are no missions); the list ends at the first sentence after it
    let listOpen = open;
    let listSeen = false;
    let listKind: Marker['kind'] | undefined;
    // a table of missions: the roles of its columns when a header row gave them, and the key
    // of the last mission read from one of its rows (a row that only continues a cell adds to it)
    let roles: ColumnRole[] | undefined;
    let inTable = false;
    let lastRow: string | undefined;
    let lastRowWraps = false;
    // the shape of the items read so far: a list of « Mission n° 1 : … » or of bullets ends
    // at the first paragraph of another shape after a blank line (a closing sentence, a form)
    let shape: 'labelled' | 'bullet' | 'plain' | undefined;
    let prevLast = -1;
    let sentenceItems = false;
    let lastRank: number | undefined;
    // the key of the last item read, and whether a page break came after it
    let lastKey: string | undefined;
    let pageBreak = false;
    for (const [pi, p] of paragraphs.entries()) {
      // « Finalités | Description », « Liste des missions »: the list's header or title
      if (
        isHeaderRow(p.text, paragraphs[pi + 1]?.text, paragraphs[pi - 1]?.text) ||
        isTitleRow(stripMarkers(p.text)) ||
        isListTitle(p.text)
      ) {
        const header = rowCells(stripMarkers(p.text));
        if (header) {
          roles = columnRoles(header);
          inTable = true;
        }
        body = true;
        continue;
      }
      if (inTable && !rowCells(p.text)) {
        // a cell the text gave on a line of its own: a row's number, a legal basis (a PDF's
        // wrapped row), the tail of a wrapped cell (« (FSL) », « du logement »): no mission, and
        // the table goes on; the tail is the mission's when nothing else in its row could wrap
        const t = p.text.trim();
        if (isRefCell(t) || isLegalCell(t)) continue;
        if (t.split(/\s+/).length <= 6 && /^[\p{Ll}(]/u.test(t) && !listMarker(t)) {
          if (lastRow && lastRowWraps) lastRow = extend(lastRow, t.replace(/[\s;,.]+$/, ''));
          continue;
        }
        // « 9. Engagements »: a numbered title after the table is the next article
        if (listMarker(t)?.kind === 'number' && isTitleShaped(listMarker(t)!.rest)) break;
      }
      // a running header or footer that fell inside the list (a page break): passed over,
      // and an item it cut goes on after it (« … dans l'accès à » / « leurs droits ; »)
      if (
        read > 0 &&
        (PAGE_MARK.test(p.text) || p.lines.some((k) => isRunningLine(ctx.lines, k, true)))
      ) {
        pageBreak = true;
        continue;
      }
      if (
        pageBreak &&
        lastKey &&
        /^\p{Ll}/u.test(p.text) &&
        !/[;.!:]\s*$/.test(found.get(lastKey)?.value ?? '.')
      ) {
        lastKey = extend(lastKey, p.text.replace(/[\s;,.]+$/, ''));
        prevLast = p.lines[p.lines.length - 1]!;
        pageBreak = false;
        continue;
      }
      const afterBreak = pageBreak;
      pageBreak = false;
      const seq = sequenceMarker(p.text, lastRank);
      const marker = listMarker(stripBox(p.text)) ?? seq;
      // OCR reads an item's « ; » as « : »: an item ending so, followed by the next item of its
      // list, is an item and not the lead of a sub-list
      const colonItem =
        !!marker &&
        /:\s*$/.test(p.text) &&
        followsInList(marker, stripBox(paragraphs[pi + 1]?.text ?? ''));
      // a numbered line off the list's sequence, shaped as a title (« 9. Engagements des
      // parties »): the next article, whose heading the text did not mark
      if (marker?.kind === 'number' && lastRank !== undefined) {
        if ((marker.rank ?? 0) > lastRank + 2 && isTitleShaped(marker.rest)) break;
      }
      if (isArticleLike(p.text)) break;
      const gap = prevLast >= 0 && p.lines[0]! > prevLast + 1 && !afterBreak;
      prevLast = p.lines[p.lines.length - 1]!;
      const labelled = MISSION_LABEL.exec(p.text);
      if (labelled) {
        // « Mission n° 3 : » left empty is a blank, not a mission
        if (!p.text.slice(labelled[0].length).trim()) continue;
      } else {
        const bullet = !!marker || !!rowCells(p.text);
        // « Périmètre : … », « Public concerné : … »: a form's other fields end the list
        if (!bullet && KEY_VALUE.test(p.text) && !/:\s*$/.test(p.text) && !isInlineList(p.text)) {
          if (read > 0) break;
          continue;
        }
        // (« Mode de gestion des habilitations (article 9.1 …) : ☒ délégué » right under the
        // dashed items: the next field of the conditions particulières)
        if (
          !bullet &&
          shape === 'bullet' &&
          read > 0 &&
          /^[^:;]{3,120}\s:\s*\S/.test(p.text) &&
          !isInlineList(p.text)
        )
          break;
        // (a lead such as « Autres missions : » opens the list's next part)
        if (
          !/:\s*$/.test(p.text) &&
          (shape === 'labelled' || (shape === 'bullet' && !bullet && gap))
        )
          break;
        // plain items with no full stop, then after a blank a sentence ended by one: the list is over
        if (
          shape === 'plain' &&
          gap &&
          !sentenceItems &&
          /[.!]\s*$/.test(p.text) &&
          p.text.split(/\s+/).length > 6
        )
          break;
      }
      if (finalities) {
        const item = !!marker || !!rowCells(p.text);
        // (« … utilisées uniquement pour : a ; b. »: the lead and its list in one paragraph)
        const inlineList = !item && isInlineList(p.text);
        if (!item && !inlineList) {
          if (listSeen) break;
          listOpen = /:\s*$/.test(p.text);
          continue;
        }
        if (!listOpen && !inlineList) continue;
        // « 4. Le Partenaire … » after the « (a) », « (b) » of a list: the article's next
        // paragraph, not an item
        if (listSeen && gap && marker && listKind && marker.kind !== listKind) break;
        listSeen = true;
        listKind ??= marker?.kind;
      }
      // an unticked box is a mission the partner did not choose
      const state = box?.(p.text);
      // a box whose tick cannot be read: the mission is neither taken nor dropped silently
      if (state === 'unreadable') {
        body = true;
        unread(ctx, 'missions', 'une mission cochée (case illisible)', p.lines[0]!);
        continue;
      }
      if (state === 'empty') {
        body = true;
        continue;
      }
      // « … les missions suivantes : a ; b ; c. »
      // (the list may go on in the next paragraphs: « … suivantes : a ; » then « b ; », « c. »)
      const inline = /^(.{10,}?:)\s*(.+;.*)$/.exec(p.text);
      if (inline && LEAD_INLINE.test(inline[1]!)) {
        body = true;
        for (const item of inline[2]!.split(/\s*;\s*/)) {
          const text = item
            .replace(/^(?:et\s+)/i, '')
            .replace(/[\s;,.]+$/, '')
            .trim();
          if (!/\p{L}{3}/u.test(text) || text.length > 300) continue;
          read++;
          const k = skeleton(text).text;
          if (!found.has(k)) found.set(k, at(ctx, lineOf(p, p.text.indexOf(item)), text, 'medium'));
        }
        continue;
      }
      // a box glyph is a bullet once the list is read (all ticked, or square bullets)
      const unboxed = stripBox(labelled ? p.text.slice(labelled[0].length) : p.text);
      // a table row: the mission's cell, its number and legal basis left out
      const cells = labelled ? undefined : rowCells(unboxed);
      const boxed = cells
        ? missionOfRow(cells, roles)
        : seq && !listMarker(unboxed)
          ? seq.rest
          : unboxed;
      const { text, corrected: fixedL } = itemText(boxed, ctx);
      if (
        !text ||
        (/:\s*$/.test(p.text) && !colonItem) ||
        /^[¹²³⁴⁵⁶⁷⁸⁹*]/.test(text) ||
        PROMPT.test(text) ||
        isPlaceholder(text)
      )
        continue;
      if (!/\p{L}{3}/u.test(text)) continue;
      // « Le partenaire accède aux données pour l'instruction …, le suivi … et la gestion … »
      const prose = !marker && !labelled && /[.!]\s*$/.test(p.text) ? proseItems(text) : undefined;
      if (prose) {
        body = true;
        shape ??= 'plain';
        sentenceItems = true;
        for (const item of prose) {
          read++;
          const k = skeleton(item).text;
          if (!found.has(k))
            found.set(k, at(ctx, lineOf(p, Math.max(0, p.text.indexOf(item))), item, 'medium'));
        }
        continue;
      }
      if (LEAD.test(text) || REFERS_ELSEWHERE.test(text)) continue;
      // the signature (« Fait en deux exemplaires à Rodez, le … », « Pour la Caf ») ends the list
      if (SIGNATURE_START.test(text) || bareSignature(text)) break;
      // a running header or footer that fell inside the list
      if (PAGE_MARK.test(text) || p.lines.some((k) => isRunningLine(ctx.lines, k, true))) continue;
      body = true;
      shape ??= labelled ? 'labelled' : marker || rowCells(p.text) ? 'bullet' : 'plain';
      if (/[.!]\s*$/.test(p.text)) sentenceItems = true;
      if (text.length > 300) continue;
      // two items glued on one line (« A ● B », « … familles 2) B »), and several missions
      // on one line apart by « ; » (« Instruction des aides ; accompagnement des familles »)
      const glued = labelled || cells ? [] : splitGlued(boxed);
      const items = glued.length > 1 ? glued.map((g) => itemText(g, ctx).text) : [text];
      if (marker?.kind === 'number') lastRank = (marker.rank ?? 0) + Math.max(0, glued.length - 1);
      if (cells) inTable = true;
      lastRow = undefined;
      lastRowWraps = !!cells && onlyMissionWraps(cells, roles);
      for (const whole of items.flatMap((g) => splitItems(g))) {
        // (« 2 Domiciliation … Art. L.264-1 CASF »: a table's legal basis joined to its row)
        const item = marker || cells ? withoutLegalTail(whole) : whole;
        read++;
        const k = skeleton(item).text;
        const seen = found.get(k);
        if (!seen || ocrLooking(seen.value) > ocrLooking(item))
          found.set(k, at(ctx, p.lines[0]!, item, 'high', undefined, fixedL));
        if (cells) lastRow = k;
        lastKey = k;
      }
    }
    if (flag && body && read === 0) unread(ctx, 'missions', 'les missions du partenaire', i);
    return end;
  }

  /** The mission read under key `key`, its wrapped tail `more` added; the new key. */
  function extend(key: string, more: string): string {
    const old = found.get(key);
    if (!old) return key;
    const value = `${old.value} ${more}`.replace(/\s+/g, ' ').trim();
    const k = skeleton(value).text;
    const entries = [...found].map(([kk, v]): [string, Extracted<string>] =>
      kk === key ? [k, { ...old, value }] : [kk, v],
    );
    found.clear();
    for (const [kk, v] of entries) found.set(kk, v);
    return k;
  }
}

/**
 * « 2 l'instruction … » after « 1° le calcul … »: a bare number (its sign lost by OCR) before
 * a word, when it is the next number of the list. Undefined otherwise.
 */
function sequenceMarker(text: string, lastRank: number | undefined): Marker | undefined {
  if (lastRank === undefined) return undefined;
  const m = /^(\d{1,2})\s+(?=\p{L})/u.exec(text.trim());
  if (!m || Number(m[1]) !== lastRank + 1) return undefined;
  return { kind: 'number', key: 'n', rank: lastRank + 1, rest: text.trim().slice(m[0].length) };
}

/** The next paragraph opens the item after `m` in its list (same glyph, next number or letter). */
function followsInList(m: Marker, next: string): boolean {
  const n = listMarker(next);
  if (m.kind === 'glyph') return n?.kind === 'glyph' && n.key === m.key;
  if (m.kind === 'number') return new RegExp(`^\\(?${(m.rank ?? 0) + 1}\\b`).test(next.trim());
  return !!n && n.kind === m.kind && n.rank === (m.rank ?? 0) + 1;
}
