/**
 * The management mode of the habilitations the parties chose (« délégué » or « centralisé »),
 * matched on the paragraph view and on runs of lines up to a blank line.
 */
import { fold } from '../text-tools';
import { type Candidate, type Ctx, unread } from './context';
import { blocksOfLines, lineOf } from './paragraphs';
import { ANY_BOX, type BoxOption, leadingBox, ticked } from './tick-boxes';

type Mode = 'délégué' | 'centralisé';

// « ☒ mode délégué », « [ ] Gestion centralisée par la Caf », « [x] délégué »
const BOX_OPTION = new RegExp(
  `(${ANY_BOX})\\s*(?:(?:le|la)\\s+)?(?:mode|gestion)?\\s*(?:de gestion\\s+)?(?:des (?:habilitations|acc[eè]s)\\s+)?(d[ée]l[ée]gu[ée]e?|centralis[ée]e?)(?!\\p{L})`,
  'giu',
);

/**
 * The mode chosen by tick boxes: each box before a mode word, grouped when they stand within
 * three lines of each other. A group of two options or more gives the ticked one; when a tick
 * cannot be read the mode is said unread, never guessed. The lines of every group are
 * returned so that no sentence reader takes the first option for the choice.
 */
function boxedModes(ctx: Ctx): { out: Candidate<Mode>[]; lines: Set<number> } {
  const options: BoxOption<Mode>[] = [];
  ctx.lines.forEach((line, i) => {
    if (!line) return;
    for (const m of line.matchAll(BOX_OPTION)) {
      const box = leadingBox(m[1]! + ' ');
      if (box) options.push({ state: box.state, value: word(m[2]!), line: i });
    }
  });
  const out: Candidate<Mode>[] = [];
  const lines = new Set<number>();
  for (let k = 0; k < options.length;) {
    let end = k + 1;
    while (end < options.length && options[end]!.line - options[end - 1]!.line <= 3) end++;
    const group = options.slice(k, end);
    k = end;
    if (group.length < 2 || new Set(group.map((o) => o.value)).size < 2) continue;
    for (const o of group) lines.add(o.line);
    const choice = ticked(group);
    if (choice === 'unreadable')
      unread(ctx, 'mode', 'le mode de gestion coché (case illisible)', group[0]!.line);
    else if (choice) out.push({ value: choice.value, index: choice.line, confidence: 'high' });
  }
  return { out, lines };
}

const word = (w: string): Mode => (/^d/i.test(w) ? 'délégué' : 'centralisé');

export function managementMode(ctx: Ctx): Candidate<Mode>[] {
  const boxed = boxedModes(ctx);
  const out: Candidate<Mode>[] = [...boxed.out];
  // the paragraph view, and runs of lines up to a blank line (an OCR'd sentence whose lines
  // the paragraph view kept apart: « Les parties optent, pour l'accès … à « Mon » / « Compte
  // Partenaire », pour le mode délégué … »)
  const seen = new Set<string>();
  for (const p of [
    ...ctx.paragraphs.list,
    ...blocksOfLines(ctx.lines, 0, ctx.lines.length).filter((b) => b.lines.length > 1),
  ]) {
    // (a group of tick boxes says the choice itself, or says it could not be read)
    if (p.lines.some((k) => boxed.lines.has(k))) continue;
    // (« déIégué »: an OCR's capital I for the l)
    const t = fold(p.text).replace(/\bde[i1|]egu(?=e)/g, 'delegu');
    if (!/deleg|central/.test(t)) continue;
    const m =
      // « Le mode délégué est retenu. »
      /\ble mode\s+(deleguee?|centralisee?)\s+(?:de gestion\s+)?(?:des (?:habilitations|acces)\s+)?(?:est|a ete)\s+(?:retenu|choisi)\b/.exec(
        t,
      ) ??
      // (« … pour le modedélégué de gestion »: an OCR glued the words)
      /\b(?:optent?|opte|choisi(?:ssent|t)?|retenu|retiennent|retient|conviennent)\b.{0,160}?\bmode\s*(?:de gestion\s+)?(?:des habilitations\s+)?(deleguee?|centralisee?)/.exec(
        t,
      ) ??
      // « … sont gérées en mode délégué », an avenant's « … restent gérées en mode délégué »
      /\b(?:sont|seront|restent|demeurent)\s+(?:gerees?|administrees?)\s+(?:en|selon le)\s+mode\s+(deleguee?|centralisee?)/.exec(
        t,
      ) ??
      /\bmode\s+(?:de gestion\s+)?(?:des (?:habilitations|acces)\s+)?(?:retenu|choisi)\s*:?\s*(?:le mode\s+)?(deleguee?|centralisee?)/.exec(
        t,
      ) ??
      /(?:☒|☑|✔|✓|\[x\]|\(x\)|\bx\s)\s*(?:mode\s+|gestion\s+)?(deleguee?|centralisee?)/.exec(t) ??
      // « les parties retiennent la gestion centralisée des habilitations »
      /\b(?:optent?|opte|choisi(?:ssent|t)?|retenu|retiennent|retient|conviennent)\b[^.]{0,80}?\b(?:la|une)\s+gestion\s+(deleguee?|centralisee?)/.exec(
        t,
      ) ??
      /\bgestion\s+(deleguee?|centralisee?)\s+(?:des (?:habilitations|acces)\s+)?(?:est|a ete)\s+(?:retenue|choisie)/.exec(
        t,
      ) ??
      // (« Le mode délégué de gestion des habilitations … demeure inchangé »: an avenant
      // keeping the mode chosen)
      /\ble mode\s+(deleguee?|centralisee?)\s+(?:de gestion\s+)?(?:des (?:habilitations|acces)\s+)?[^.]{0,80}?\b(?:demeure|reste|est maintenu)\b/.exec(
        t,
      ) ??
      // « Le présent partenaire relève du mode délégué », « le CCAS fonctionne en gestion centralisée »
      /\b(?:partenaire|ccas|cias|commune|ville|structure|collectivite|etablissement|association|organisme)\s+(?:releve(?:ra)?|fonctionne(?:ra)?|est place|sera place)\s+(?:du|en|de la|sous le)\s+(?:mode|gestion|regime)\s+(?:de gestion\s+)?(deleguee?|centralisee?)/.exec(
        t,
      ) ??
      labelledMode(t) ??
      statedInBrackets(t) ??
      assuredIn(t) ??
      managesIn(t) ??
      defaultKept(t);
    if (!m?.[1]) continue;
    const index = lineOf(p, m.index);
    const key = `${index}|${word(m[1])}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ value: word(m[1]), index, confidence: 'high' });
  }
  return out;
}

/**
 * « Mode de gestion des habilitations : délégué. », « Gestion des accès ⇥ centralisée »: the
 * mode as a form's field; not a blank form offering both (« délégué ou centralisé »).
 */
export function labelledMode(t: string): RegExpExecArray | null {
  return /(?:^|[.;]\s|\n)\s*(?:(?:le\s+)?mode(?:\s+de\s+gestion)?|gestion)(?:\s+des\s+(?:habilitations|acces)(?:\s+utilisateurs)?)?(?:\s+(?:retenu|choisi)e?)?\s*(?::|\t)\s*(?:mode\s+|gestion\s+)?(deleguee?|centralisee?)\b(?!\s*(?:ou|\/|,|et)\s*(?:(?:le\s+)?mode\s+|gestion\s+)?(?:deleg|central))/.exec(
    t,
  );
}

/**
 * « … sont attribuées par la Caf elle-même (gestion centralisée des habilitations) », « la
 * gestion des habilitations est confiée au partenaire (mode délégué) »: the mode named in
 * brackets after a sentence stating how the rights are managed; not in a sentence of
 * possibilities or defaults (« peuvent », « soit … soit », « par défaut », « dans le cas »).
 */
function statedInBrackets(t: string): RegExpExecArray | null {
  const m =
    /\(\s*(?:en\s+)?(?:mode|gestion)\s+(?:de gestion\s+)?(deleguee?|centralisee?)\b[^()]{0,40}\)/.exec(
      t,
    );
  if (!m || /deleg[^)]*central|central[^)]*deleg/.test(m[0])) return null;
  const start = Math.max(t.lastIndexOf('. ', m.index), t.lastIndexOf(': ', m.index), -1) + 1;
  const stop = t.indexOf('. ', m.index);
  const sentence = t.slice(start, stop < 0 ? t.length : stop);
  if (
    !/\b(?:habilitations?|droits d'acces|acces|utilisateurs?|agents?)\b/.test(
      sentence.slice(0, m.index - start),
    )
  )
    return null;
  if (
    /\b(?:peut|peuvent|pourra|pourront|pourrait|soit|si|lorsque|lorsqu'|defaut|cas|choix|toutefois|eventuellement|option)\b/.test(
      sentence,
    )
  )
    return null;
  return m;
}

/**
 * « Le Département gère ses habilitations en mode délégué », « le CIAS administre lui-même les
 * habilitations de ses agents en mode délégué »: the partner stating how it manages them; not
 * a default or a possibility.
 */
function managesIn(t: string): RegExpExecArray | null {
  for (const m of t.matchAll(
    /\b(?:gere|gerent|administre|administrent)\s+(?:(?:lui|elle|eux)-memes?\s+)?(?:(?:ses|les|leurs)\s+(?:habilitations|acces)\b[^.()]{0,60}?\ben\s+mode\s+(deleguee?|centralisee?)|de\s+(?:maniere|facon)\s+(deleguee|centralisee)\s+(?:les|ses|leurs)\s+(?:habilitations|acces)\b)/g,
  )) {
    m[1] ??= m[2] ?? '';
    const start = sentenceStart(t, m.index);
    const sentence = t.slice(start, m.index + m[0].length);
    if (/\b(?:defaut|peut|peuvent|pourra|soit|si|lorsque|cas|option)\b/.test(sentence)) continue;
    return m;
  }
  return null;
}

/**
 * « Pour le présent partenaire, la gestion des habilitations est assurée en mode délégué »:
 * the mode a sentence says the management is in, or « la gestion des habilitations est
 * déléguée au partenaire » (Cafpro-era models); not a default or a possibility (« Par
 * défaut, … est le mode délégué », « … peut être assurée soit en mode … »).
 */
function assuredIn(t: string): RegExpExecArray | null {
  for (const m of t.matchAll(
    /\bgestion des (?:habilitations|acces)\s+(?:(?:est|sera)\s+(?:(?:assuree|effectuee|realisee|exercee|organisee)\s+(?:en|selon le)\s+mode\s+(deleguee?|centralisee?)\b|(deleguee) au partenaire\b|(centralisee) (?:par|a) la caf\b)|(?:s['’]effectue|s['’]exerce|s['’]opere|se fait|s['’]organise)\s+(?:en|selon (?:le|un))\s+mode\s+(deleguee?|centralisee?)\b)/g,
  )) {
    const start = sentenceStart(t, m.index);
    const sentence = t.slice(start, m.index + m[0].length);
    if (/\b(?:defaut|peut|peuvent|pourra|soit|si|lorsque|cas|option)\b/.test(sentence)) continue;
    m[1] ??= m[2] ?? m[3] ?? m[4] ?? '';
    return m;
  }
  return null;
}

/** Where the sentence holding `at` starts (« délégué.Pour le présent … »: no space needed). */
function sentenceStart(t: string, at: number): number {
  let k = at - 1;
  while (k >= 0 && !(/[.;]/.test(t[k]!) && !/\d/.test(t[k + 1] ?? ''))) k--;
  return k + 1;
}

/**
 * « Par défaut, le mode de gestion des habilitations est le mode délégué. Le partenaire n'a pas
 * demandé le mode centralisé. »: the default, kept because the other mode was not asked for.
 */
function defaultKept(t: string): RegExpExecArray | null {
  const m =
    /\bpar defaut\b[^.]{0,80}?\best (?:le mode|la gestion)\s+(deleguee?|centralisee?)\b/.exec(t);
  if (!m) return null;
  const other = /^d/.test(m[1]!) ? 'central' : 'deleg';
  const refused = new RegExp(
    `\\bn['’]a pas (?:demande|choisi|opte pour|retenu|sollicite)\\s+(?:le mode|la gestion)\\s+${other}`,
  );
  const after = t.slice(m.index, m.index + 400);
  if (refused.test(after)) return m;
  // « Le partenaire conserve ce mode de gestion. », « … maintient le mode par défaut »,
  // « Pour le présent partenaire, ce mode est retenu. »
  if (
    /\b(?:conserve|conservent|garde|gardent|maintient|maintiennent|retient|retiennent|confirme|confirment)\s+(?:ce mode|le mode par defaut|ce mode de gestion|cette gestion|ce choix)\b/.test(
      after,
    ) ||
    /\b(?:ce mode(?: de gestion)?|le mode par defaut|cette gestion)\s+(?:est|sera|a ete)\s+(?:retenue?|maintenue?|conservee?|applique(?:e)?)\b/.test(
      after,
    )
  )
    return m;
  // the default is délégué and the partner's own administrators manage the rights
  const administers =
    /\b(?:administrent|administre|gerent|gere|attribuent|attribue)\s+(?:eux-memes\s+|lui-meme\s+)?(?:les|ses|leurs)\s+habilitations\b/;
  return other === 'central' &&
    /\ble partenaire (?:designe|nomme)\b/.test(after) &&
    administers.test(after)
    ? m
    : null;
}
