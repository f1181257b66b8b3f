/**
 * Cuts the text into the documents it holds (convention, contrat de services, bulletins,
 * deliberation) on several cues: a title line, the parties sentence (« La présente
 * convention est signée entre »), an « Article 1 » that restarts the numbering (« Objet du
 * contrat »), a bulletin title wherever « Bulletin d'adhésion » stands in it. A title that
 * goes on from a sentence (a line wrapped just before « contrat de services ») is refused.
 * Readers fall back to the whole text when no block of their kind exists.
 */
import { isPageMark } from '../text-tools';
import { findAnchor, findAny, foldLoose } from './anchors';

export type BlockKind = 'convention' | 'contrat' | 'bulletin' | 'deliberation' | 'avenant';

export interface Block {
  kind: BlockKind;
  start: number;
  /** Exclusive. */
  end: number;
  /** The line that opened the block (title, parties sentence or article 1). */
  cue: number;
  corrected?: boolean;
}

/** The line goes on from the previous one (lower-case start, or a long unfinished line above). */
export function continuesSentence(lines: readonly string[], i: number): boolean {
  const line = lines[i] ?? '';
  const first = /\p{L}/u.exec(line)?.[0] ?? '';
  if (first && first === first.toLowerCase() && first !== first.toUpperCase()) return true;
  const prev = lines[i - 1] ?? '';
  if (!prev) return false;
  return prev.length >= 50 && !/[.:;!?»"*)]$/.test(prev);
}

/**
 * A line in capitals followed within a few lines by what opens a document (« Entre », a
 * preamble, its first article) is a title even after a long unpunctuated line (a signature
 * « Pour extrait certifié conforme, La Présidente, X » closing the document before it).
 */
function capitalTitleOpening(lines: readonly string[], i: number): boolean {
  const letters = (lines[i] ?? '').replace(/[^\p{L}]/gu, '');
  if (letters.length < 8 || letters !== letters.toUpperCase()) return false;
  let seen = 0;
  for (let k = i + 1; k < lines.length && seen < 6; k++) {
    const l = lines[k] ?? '';
    if (!l) continue;
    seen++;
    if (opensDocument(l)) return true;
  }
  return false;
}

const short = (line: string, max = 110) => line.length <= max && !/[;]$/.test(line);

export function isConventionTitle(
  lines: readonly string[],
  i: number,
): { corrected: boolean } | undefined {
  const line = lines[i] ?? '';
  // (« Convention d'accès à « Mon Compte Partenaire » – page 3 »: a page's running footer)
  if (!short(line) || /\.$/.test(line) || isPageMark(line)) return undefined;
  const own = findAnchor(line, "convention d'acces", { atStart: true });
  const from = own ? 0 : letterheadPrefix(line);
  const found = own ?? findAnchor(line.slice(from), "convention d'acces", { atStart: true });
  if (!found) return undefined;
  const hit = { ...found, end: found.end + from };
  const rest = [line.slice(hit.end), lines[i + 1] ?? '', lines[i + 2] ?? '']
    .join(' ')
    .slice(0, 160);
  const mcp = findAnchor(rest, 'mon compte partenaire', { need: ['compte', 'parten'] });
  if (!mcp || mcp.start > 40) return undefined;
  if (continuesSentence(lines, i) && !capitalTitleOpening(lines, i)) return undefined;
  if (/\bsign[ée]e?(?!\p{L})|\ben application\b/iu.test(line)) return undefined;
  return { corrected: hit.corrected || mcp.corrected };
}

/**
 * « Caf de la Marne – Convention d'accès … »: the issuer's name printed before the title on
 * the same line. Its length, or 0. An avenant, an annex, an article or a page number before
 * the dash makes the title something else.
 */
function letterheadPrefix(line: string): number {
  const m = /^([^–—\-:.]{3,60}?)\s[–—-]\s+/.exec(line);
  if (!m) return 0;
  const f = foldLoose(m[1]!);
  if (/\b(?:avenant|annexe|article|page|bulletin|contrat|modele|projet|copie|extrait)\b|\d/.test(f))
    return 0;
  return m[0].length;
}

export function isContratTitle(
  lines: readonly string[],
  i: number,
): { corrected: boolean } | undefined {
  const line = lines[i] ?? '';
  // (« Contrat de service – Commune de X 2/4 »: a page's running footer)
  if (!short(line, 90) || /[.:]$/.test(line) || isPageMark(line)) return undefined;
  const hit = findAnchor(line, 'contrat de service', { atStart: true });
  if (!hit) return undefined;
  if (continuesSentence(lines, i) && !capitalTitleOpening(lines, i)) return undefined;
  if (/\bsign[ée](?!\p{L})|\bentre\b|\bavenant\b/iu.test(line)) return undefined;
  // « Contrat de services – Annexes – Bulletin d'adhésion » under the pack's title lists its
  // contents: it opens no contrat
  const rest = foldLoose(line.slice(hit.end));
  if (/\bannexes\b|\bbulletins?\s*d\W?\s*adhesion/.test(rest)) return undefined;
  return { corrected: hit.corrected };
}

export interface BulletinTitle {
  annex?: string;
  /** Site or department written in the title (before or after the words). */
  site?: string;
  /** What follows « Bulletin d'adhésion » (service, site). */
  tail: string;
  corrected: boolean;
}

const LIST_BULLET = /^[-–•·▪◦*]\s/;

/**
 * « - Annexe 2.1 : bulletin d'adhésion au service Cdap – siège », one item of the list of a
 * contrat's annexes: a bulleted line after a lead ending in « : » or next to another bulleted
 * line names a bulletin, it does not start one.
 */
function inBulletedList(lines: readonly string[], i: number): boolean {
  if (!LIST_BULLET.test(lines[i] ?? '')) return false;
  const near = (step: number) => {
    for (let k = i + step; k >= 0 && k < lines.length && Math.abs(k - i) <= 3; k += step)
      if (lines[k]) return lines[k]!;
    return '';
  };
  const before = near(-1);
  return LIST_BULLET.test(before) || /:\s*$/.test(before) || LIST_BULLET.test(near(1));
}

/**
 * « ANNEXE 2 – CONDITIONS PARTICULIÈRES : SERVICE CDAP » (Cafpro-era models): an annex headed
 * by the service it opens, the bulletin under another name.
 */
function serviceAnnexTitle(line: string): BulletinTitle | undefined {
  const m =
    /^(?:\d{1,2}\s*[.)]\s+)?annexe\s*n?[°o]?\s*(\d+(?:[.\-–/]\d+)*)\s*[-–:.]\s*(.{3,120})$/i.exec(
      line.trim(),
    );
  if (!m) return undefined;
  const f = foldLoose(m[2]!);
  if (!/^conditions particulieres\b/.test(f)) return undefined;
  const service = /\bservices?\s*:?\s*(.+)$/i.exec(m[2]!);
  if (!service || !/\bcdap\b|consultation du dossier allocataire/i.test(foldLoose(service[1]!)))
    return undefined;
  return { annex: m[1]!, tail: ` au service ${service[1]!.trim()}`, corrected: false };
}

/**
 * A bulletin titled in other words: « Demande d'adhésion au service Cdap », « Formulaire
 * d'adhésion », « Annexe 3 – Adhésion du site de Lons », « Annexe 2 – Adhésion au service
 * Cdap – Pôle social ». A bare « Adhésion » needs its annex number and a service or site after
 * it; a sentence, a list item or a long line is no title.
 */
function adhesionTitle(lines: readonly string[], i: number): BulletinTitle | undefined {
  const line = (lines[i] ?? '').trim();
  if (line.length > 120 || /[.;,]$/.test(line)) return undefined;
  const m =
    /^(?:(?:\d{1,2}|[IVX]{1,5})\s*[.)]\s+)?(?:annexe\s*n?[°o]?\s*((?:\d+|[IVX]+)(?:[.\-–/]\d+)*)\s*[-–:.]\s*)?((?:demande|formulaire|fiche)\s+d['’]\s?adh[ée]sion|adh[ée]sion)\b\s*(.*)$/iu.exec(
      line,
    );
  if (!m) return undefined;
  const [, annex, words, rest] = m;
  let tail = rest ?? '';
  let site: string | undefined;
  // « … du site de Lons – Service Cdap », « … de l'établissement Résidence X »
  const where =
    /^(?:du|de l['’]|de la)\s*(?:site|[ée]tablissement|structure|antenne|p[ôo]le)\s+(?:de\s+|d['’])?([^–—:|]{2,70}?)\s*(?:[–—:|]\s*(.*))?$/iu.exec(
      tail,
    );
  if (where) {
    site = where[1]!.trim();
    tail = where[2] ?? '';
  } else if (tail && !/^(?:au|aux|du)\s+services?\b|^[-–:]\s*(?:services?\b|\p{Lu})/iu.test(tail))
    return undefined;
  // (« Annexe 2 – Adhésion aux services »: the heading of the annex holding the bulletins)
  const named = tail.replace(/^(?:au|aux|du)\s+services?\b[\s:–-]*/iu, '');
  if (/^adh[ée]sion$/i.test(words!) && (!annex || (!site && !/\p{L}{2}/u.test(named))))
    return undefined;
  if (inBulletedList(lines, i) || (!annex && continuesSentence(lines, i))) return undefined;
  return { ...(annex ? { annex } : {}), ...(site ? { site } : {}), tail, corrected: false };
}

export function bulletinTitle(lines: readonly string[], i: number): BulletinTitle | undefined {
  // « Bulletin d'adhésion au service ⇥ Cdap – Consultation … ⇥ par les partenaires »: a title a
  // PDF's justified line split into cells (its words only, no number cell)
  const raw = lines[i] ?? '';
  // (« Annexe 2.2 – Service X – Bulletin d'adhésion au ⇥ Cdap ⇥ service »: the same, after
  // the annex's own words)
  const line =
    /^(?:annexe\b[^\t]{0,80}?[–—-]\s*)?bulletin d\W?\s?adh[ée]sion\b/i.test(raw) &&
    !/\t\s*\d+\s*(?:\t|$)/.test(raw)
      ? raw.replace(/\t+/g, ' ')
      : raw;
  if (line.length > 240 || line.includes('\t')) return undefined;
  const annexTitle = serviceAnnexTitle(line);
  if (annexTitle && !inBulletedList(lines, i)) return annexTitle;
  const other = adhesionTitle(lines, i);
  if (other) return other;
  // « Annexe 2.1 – Pôle insertion – Bulletin » / « d'adhésion au service Cdap »: a title wrapped
  const next = lines[i + 1] ?? '';
  if (/^annexe\b.*\bbulletin\s*$/i.test(line) && /^d\W?\s*adh[ée]sion\b/i.test(next))
    return bulletinTitle([...lines.slice(0, i), `${line} ${next}`], i);
  const numbered = numberedBulletin(lines, i);
  if (numbered) return numbered;
  const hit = findAnchor(line, "bulletin d'adhesion", {
    need: ['bulle', 'lletin', 'adhe', 'hesi'],
  });
  if (!hit) return undefined;
  if (inBulletedList(lines, i)) return undefined;
  const words = foldLoose(line.slice(hit.start, hit.end));
  if (/bulletins|\(s\)/.test(words)) return undefined;
  // « 7. ANNEXE 2 – BULLETIN D'ADHÉSION »: a section number before the annex
  const before = line
    .slice(0, hit.start)
    .trim()
    .replace(/^(?:\d{1,2}|[IVX]{1,5})\s*[.)]\s+(?=annexe\b)/i, '');
  let tail = line.slice(hit.end);
  // « … au service Cdap (Consultation du dossier allocataire » / « par les partenaires) »
  const close = /^([^()]{1,60}\))/.exec((lines[i + 1] ?? '').trim());
  if (/\([^)]*$/.test(tail) && close) tail = `${tail} ${close[1]}`;
  if (/[.;]$/.test(line.trim()) && line.length > 60) return undefined;
  let annex: string | undefined;
  let site: string | undefined;
  if (before) {
    // « Annexe 2.3 », « Annexe 2-1 », « Annexe II/2 »: the separator stands between digits, no space
    const m = /^(?:annexe\s*n?[°o]?\s*((?:\d+|[IVX]+)(?:[.\-–/]\d+)*)\s*)?(.*)$/iu.exec(before);
    annex = m?.[1];
    // « Annexe 2.1 modifiée – … » (an avenant's), « Annexe 2 bis – … »: the annex is still 2.1
    let middle = (m?.[2] ?? '')
      .trim()
      .replace(/^(?:\(?modifi[ée]e?s?\)?|bis|ter)(?!\p{L})\s*/iu, '');
    // « Article 4 – Bulletin d'adhésion au service Cdap »: an article's heading, no bulletin's title
    if (!annex && /^art(?:icle|\.)\s*\d+(?:\.\d+)*\s*[-–:.]$/i.test(middle)) return undefined;
    if (middle) {
      // the site must be followed by a separator: « Annexe 2.3 : Résidence – Bulletin … »
      if (!/[:–\-|,/]$/.test(middle)) return undefined;
      middle = middle.replace(/^[\s:–\-|.]+|[\s:–\-|,/]+$/g, '').trim();
      // « Contrat de services – Annexes – Bulletin d'adhésion »: a list of the pack's contents
      if (/\b(?:contrat|convention)\b/.test(foldLoose(middle))) return undefined;
      if (middle) {
        if (middle.length > 70 || /^\p{Ll}/u.test(middle)) return undefined;
        // a bare number is numbering, not a site (a site is named)
        if (/\p{L}{2}/u.test(middle)) site = middle;
      }
    } else if (!annex) return undefined;
  } else if (continuesSentence(lines, i) && !/^annexe\s*n?[°o]?\s*\d/i.test(lines[i - 1] ?? ''))
    return undefined; // (an annex heading above is no sentence: « Annexe 2.2 – <site> »)
  // (« Bulletin d'adhésion n° 2.1 »: numbered as the annex it is)
  annex ??= /^\s*n\s?[°o]\s*(\d{1,2}\.\d{1,2})(?![\d.])/i.exec(tail)?.[1];
  return { ...(annex ? { annex } : {}), ...(site ? { site } : {}), tail, corrected: hit.corrected };
}

const BULLETINS_HEADING =
  /^(?:(?:\d{1,2}|[IVX]{1,5})\s*[.)]\s+)?(?:annexe\s*n?[°o]?\s*(\d{1,2}|[IVX]{1,4})\s*[-–:.]\s*)?bulletins d\W?\s?adh[ée]sion\b(.*)$/i;

/**
 * « ANNEXE 2 – BULLETINS D'ADHÉSION (service Cdap) », then « Bulletin n° 1 – Pôle accès aux
 * droits (siège, Lectoure) »: each numbered bulletin under the annex of all of them, its site
 * after the dash, its service the annex heading's.
 */
function numberedBulletin(lines: readonly string[], i: number): BulletinTitle | undefined {
  const m = /^bulletin\s*(?:n\s?[°o]\s*)?(\d{1,2})\s*[-–:]\s*(\S.{1,100})$/i.exec(lines[i] ?? '');
  if (!m || /[.;]$/.test(m[2]!) || /\badh[ée]sion\b/i.test(m[2]!)) return undefined;
  for (let k = i - 1; k >= 0 && k >= i - 40; k--) {
    const h = BULLETINS_HEADING.exec(lines[k] ?? '');
    if (!h) continue;
    const service = /\bservices?\s+([\p{L}][\p{L}\s'-]{1,60}?)\s*\)?\s*$/iu.exec(h[2] ?? '')?.[1];
    return {
      annex: h[1] ? `${h[1]}.${m[1]}` : m[1]!,
      site: m[2]!.trim(),
      tail: service ? ` au service ${service}` : '',
      corrected: false,
    };
  }
  return undefined;
}

/**
 * « AVENANT N° 2 » (the convention it amends named on the same or the next lines), « Avenant
 * n° 1 à la convention d'accès à « Mon Compte Partenaire » »; not a deliberation's object
 * naming the avenant it approves (« … conclue avec la Caisse … »), nor a sentence.
 */
export function isAvenantTitle(lines: readonly string[], i: number): boolean {
  const line = lines[i] ?? '';
  if (!short(line, 100) || /[.;:,]$/.test(line) || continuesSentence(lines, i)) return false;
  const f = foldLoose(line);
  if (!/^avenant\b(?:\s*n\s*[°o]?\s*\d+)?/.test(f)) return false;
  if (/\b(?:conclue?s?|passee?s?|signee?s?|avec|approuve|autorise)\b/.test(f)) return false;
  const around = foldLoose([line, lines[i + 1] ?? '', lines[i + 2] ?? ''].join(' '));
  return /\bconvention\b|\bcontrat de services?\b|\bmon compte partenaire\b/.test(around);
}

export function isDeliberationTitle(lines: readonly string[], i: number): boolean {
  const line = lines[i] ?? '';
  if (!short(line, 200) || continuesSentence(lines, i)) return false;
  const f = foldLoose(line);
  if (/^extrait (?:du registre )?des deliberations|^extrait du proces-verbal/.test(f)) return true;
  const hit = findAnchor(line, 'deliberation', { atStart: true });
  if (!hit) return false;
  const after = foldLoose(line.slice(hit.end));
  return /^(?:\s*$|\s*(?:du|de la|n\s*[°o]|no\b))/.test(after);
}

/** The « signée entre » sentence: which document it opens. */
export function partiesSentence(line: string): BlockKind | undefined {
  if (line.length > 200) return undefined;
  const hit =
    findAny(
      line,
      [
        'signee entre',
        'signe entre',
        'conclue entre',
        'conclu entre',
        'passee entre',
        'passe entre',
        'etablie entre',
        'etabli entre',
      ],
      { need: ['entre'] },
    ) ?? findAnchor(line, 'entre les soussignes', { atStart: true });
  if (!hit) return undefined;
  const f = foldLoose(line.slice(0, hit.start));
  if (/contrat/.test(f)) return 'contrat';
  if (/convention/.test(f)) return 'convention';
  return undefined;
}

const ARTICLE = /^art[il1|]c[il1|]e\s*(\d+|I\b|premier\b|1er\b)(?![.\d])\s*[-–:.]?\s*(.*)$/i;

/** « Article 1 – Objet du contrat de services » and the kind it opens. */
function articleOne(line: string): { kind?: BlockKind } | undefined {
  const m = ARTICLE.exec(line);
  if (!m || !/^(?:1|I|premier|1er)$/i.test(m[1] ?? '')) return undefined;
  const title = m[2] ?? '';
  if (findAnchor(title, 'objet du contrat')) return { kind: 'contrat' };
  if (findAnchor(title, 'objet de la convention')) return { kind: 'convention' };
  if (findAnchor(title, 'description du service')) return { kind: 'bulletin' };
  return {};
}

export function findBlocks(lines: readonly string[]): Block[] {
  interface Open extends Block {
    seenParties: boolean;
    seenArticle1: boolean;
  }
  const blocks: Open[] = [];
  const open = (kind: BlockKind, i: number, corrected = false): Open => {
    const b: Open = {
      kind,
      start: i,
      end: lines.length,
      cue: i,
      seenParties: false,
      seenArticle1: false,
      ...(corrected ? { corrected } : {}),
    };
    blocks.push(b);
    return b;
  };
  const closed = new Set<Block>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!line) continue;
    const cur = blocks[blocks.length - 1];
    const conv = isConventionTitle(lines, i);
    if (conv && !runningTitle(lines, i, 'convention', cur)) {
      open('convention', i, conv.corrected);
      continue;
    }
    const contrat = isContratTitle(lines, i);
    if (contrat && !runningTitle(lines, i, 'contrat', cur)) {
      open('contrat', i, contrat.corrected);
      continue;
    }
    const bulletin = bulletinTitle(lines, i);
    if (bulletin) {
      open('bulletin', i, bulletin.corrected);
      continue;
    }
    if (isAvenantTitle(lines, i) && !(cur?.kind === 'deliberation' && i - cur.cue <= 12)) {
      open('avenant', i);
      continue;
    }
    if (isDeliberationTitle(lines, i)) {
      if (cur?.kind !== 'deliberation' || i - cur.cue > 12) open('deliberation', i);
      continue;
    }
    const parties = partiesSentence(line);
    if (parties) {
      if (cur?.kind === parties && !cur.seenParties && !cur.seenArticle1) cur.seenParties = true;
      else open(parties, i).seenParties = true;
      continue;
    }
    // the deliberation signed off (« Pour extrait conforme »), then articles or a « Convention
    // n° » footer: the convention's pages whose title page is lost
    if (cur?.kind === 'deliberation' && closed.has(cur) && conventionPage(line)) {
      open('convention', i);
      continue;
    }
    if (cur?.kind === 'deliberation' && DELIBERATION_CLOSE.test(foldLoose(line))) closed.add(cur);
    const art = articleOne(line);
    if (art) {
      if (cur && !cur.seenArticle1 && (!art.kind || art.kind === cur.kind)) cur.seenArticle1 = true;
      else if (art.kind) open(art.kind, i).seenArticle1 = true;
    }
  }
  return blocks.map((b, k) => {
    const end = blocks[k + 1]?.start ?? lines.length;
    // a deliberation's header (« Conseil municipal | Séance du … ») may come before its title
    const floor = k > 0 ? blocks[k - 1]!.cue + 1 : 0;
    const start = b.kind === 'deliberation' ? backByNonEmpty(lines, b.start, 6, floor) : b.start;
    return { kind: b.kind, start, end, cue: b.cue, ...(b.corrected ? { corrected: true } : {}) };
  });
}

/** The line that signs off a deliberation's extract. */
const DELIBERATION_CLOSE =
  /^(?:pour extrait (?:certifie )?conforme|(?:ainsi )?fait et delibere|certifie executoire|pour copie conforme)\b/;

/** An article heading or a « Convention n° … » line: a convention's page. */
function conventionPage(line: string): boolean {
  return (
    /^art[il1|]c[il1|]e\s*(?:\d+(?:\.\d+)*|premier|1er|[IVX]+)\s*[-–:.]\s*\S/i.test(line) ||
    /^convention\s+n\s*[°º]/i.test(foldLoose(line))
  );
}

/** What opens a document's text: its parties, a preamble, a visa, its first article. */
function opensDocument(line: string): boolean {
  return (
    !!partiesSentence(line) ||
    /^(?:entre\b|pr[ée]ambule\b|vu\b|consid[ée]rant\b|il est convenu\b)/i.test(line) ||
    !!findAnchor(line, 'entre les soussignes', { atStart: true }) ||
    !!articleOne(line) ||
    /\bpris(?:e)? en application\b/i.test(line)
  );
}

/**
 * A title line printed again at the top or the bottom of other pages (« Convention d'accès à
 * « Mon Compte Partenaire » – Caf de X » over every page of the contrat): page furniture, no
 * new document. It is taken for one when a block of another kind is open, the same line
 * stands elsewhere in the text, and no parties, preamble or first article follows it.
 */
function runningTitle(
  lines: readonly string[],
  i: number,
  kind: BlockKind,
  cur: Block | undefined,
): boolean {
  if (!cur || cur.kind === kind) return false;
  const key = foldLoose(lines[i] ?? '');
  if (!lines.some((l, k) => k !== i && l && foldLoose(l) === key)) return false;
  let seen = 0;
  for (let k = i + 1; k < lines.length && seen < 15; k++) {
    const l = lines[k] ?? '';
    if (!l) continue;
    seen++;
    if (opensDocument(l)) return false;
    // another document's title: the line closed the page before it
    if (isDeliberationTitle(lines, k) || isAvenantTitle(lines, k) || bulletinTitle(lines, k)) break;
  }
  return true;
}

/** The index `count` non-empty lines before `from` (not before `floor`). */
function backByNonEmpty(lines: readonly string[], from: number, count: number, floor = 0): number {
  let k = from;
  let seen = 0;
  while (k > floor && seen < count) {
    k--;
    if (lines[k]) seen++;
  }
  return k;
}

/** The blocks of a kind; when there is none, the parts of the text outside any block. */
export function scopes(
  blocks: readonly Block[],
  kind: BlockKind,
  lineCount: number,
): { start: number; end: number; fallback: boolean }[] {
  const own = blocks.filter((b) => b.kind === kind);
  if (own.length) return own.map((b) => ({ start: b.start, end: b.end, fallback: false }));
  const out: { start: number; end: number; fallback: boolean }[] = [];
  let from = 0;
  for (const b of blocks) {
    if (b.start > from) out.push({ start: from, end: b.start, fallback: true });
    from = Math.max(from, b.end);
  }
  if (from < lineCount) out.push({ start: from, end: lineCount, fallback: true });
  return out;
}

export const blockAt = (blocks: readonly Block[], i: number) =>
  blocks.find((b) => b.start <= i && i < b.end);
