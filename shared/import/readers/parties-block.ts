/** The parties block read line by line: the CAF's side, then the partner's lines. */
import { fixAcronyms, isPlaceholder, parsePerson } from '../text-tools';
import { findAnchor, findAny, foldLoose, ocrWords, wordsOf } from './anchors';
import { type Ctx, unread } from './context';
import { lineOf, softLine, STREET_START } from './paragraphs';
import type { PartiesCandidates } from './parties';
import { endsParties } from './parties-layout';
import { collectPartner, nextValue, unlabelled } from './parties-partner';
import {
  AND_LINE,
  cafName,
  DENOMME,
  gluedPartner,
  inlineParty,
  personBelow,
  representedBy,
  stripEnd,
  withoutDeterminer,
  qualityField,
} from './party-text';

/** A line of the CAF's address written without « Dont le siège » (street, postcode, CS/BP). */
const ADDRESS_LINE = /\b\d{5}\b|^\d{1,4}(?:\s?(?:bis|ter))?[\s,]+\p{L}|^(?:cs|bp|tsa)\s*\d/iu;
/** Reads the parties block opened at line `i`; returns the line where it ended. */
export function readBlock(ctx: Ctx, i: number, out: PartiesCandidates): number {
  const { lines } = ctx;
  {
    let side: 'caf' | 'between' | 'partner' = 'caf';
    let cafRep = false;
    let cafNameSeen = false;
    let partnerInline = false;
    let consumedUpTo = -1;
    const cafAddressLines: number[] = [];
    const partnerLines: number[] = [];
    let j = i + 1;
    for (; j < lines.length && j < i + 45; j++) {
      if (!lines[j] || j <= consumedUpTo) continue;
      const soft = softLine(lines, ctx.paragraphs, j);
      const row = soft.text;
      if (endsParties(row)) break;
      if (soft.last > j) consumedUpTo = soft.last;
      // « d'une part, » alone, or opening the party's sentence (« D'une part, la Caisse …,
      // représentée par … », « d'autre part, le Centre hospitalier … »: the partner's)
      const part = /^(?:et\s*,?\s*)?d'(une|autre) part\b[\s,;:]*/i.exec(row);
      // (« Et d'autre part, » alone is the line between the parties, read below)
      // (« D'une part, et » closes the Caf's side as before)
      const alone = part && /^(?:et)?[\s,;:.]*$/i.test(row.slice(part[0].length));
      if (alone && !/^et\b/i.test(row)) continue;
      if (!alone && part?.[1]?.toLowerCase() === 'autre' && side === 'caf' && cafRep)
        side = 'between';
      const denomme = findAny(row, DENOMME, { atStart: true });
      // a party written as one sentence (possibly wrapped over several lines)
      const joined = ctx.paragraphs.list[ctx.paragraphs.byLine[j] ?? -1];
      // (a Word file's paragraphs come with no blank line between them: the paragraph view
      // may have joined « Entre, d'une part, » and both parties; a line that is a whole party's
      // sentence is then its own paragraph)
      const par =
        joined &&
        joined.lines[0] !== j &&
        soft.last === j &&
        /,.*,.*[,;.]$/.test(row) &&
        /repr[ée]sent/i.test(row)
          ? { text: row, lines: [j], offsets: [0] }
          : joined;
      // (« LES SOUSSIGNÉS : » then « - La Caisse …, représentée par … ; » and « - L'association
      // …, représentée par … ; »: the second item of the list is the partner)
      const nextItem = side === 'caf' && cafRep && /^[-–•·*]\s/.test(row);
      const asCaf = side === 'caf' && !nextItem;
      if (
        par &&
        par.lines[0] === j &&
        !partnerInline &&
        (side !== 'caf' || !cafRep || nextItem) &&
        /,.*,/.test(par.text) &&
        row.includes(',') &&
        !representedBy(row) &&
        !/repr[ée]sent/i.test(row.split(',')[0] ?? '')
      ) {
        const repAt = findAnchor(par.text, 'represente');
        // (a list item's dash or « D'une part, » blanked, the offsets kept)
        const text = par.text.replace(
          /^(?:[-–•·*]\s|(?:et\s*,?\s*)?d'(?:une|autre) part\b[\s,;:]*)/i,
          (m) => ' '.repeat(m.length),
        );
        const lead = text.length - text.trimStart().length;
        if (repAt && repAt.start > 10 && (!asCaf || cafName(text.trimStart()))) {
          const party = inlineParty(text);
          const line = (at: number) => lineOf(par, at);
          if (asCaf) {
            const caf = cafName(
              text.slice(lead, party.address?.at ?? party.rep?.at ?? text.length),
            );
            if (caf)
              out.cafName.push({
                value: stripEnd(caf.value.split(',')[0] ?? caf.value),
                index: j,
                confidence: 'high',
                corrected: caf.corrected,
                party: 'caf',
              });
            if (party.address)
              out.cafAddress.push({
                value: party.address.value,
                index: line(party.address.at),
                confidence: 'high',
                party: 'caf',
              });
            if (party.rep) {
              const p = parsePerson(party.rep.value);
              if (p.name)
                out.directorName.push({
                  value: p.name,
                  index: line(party.rep.at),
                  confidence: 'high',
                  corrected: party.rep.corrected,
                  party: 'caf',
                });
              if (p.title)
                out.directorTitle.push({
                  value: p.title,
                  index: line(party.rep.at),
                  confidence: 'high',
                  corrected: party.rep.corrected,
                  party: 'caf',
                });
            }
            par.lines.forEach((k) => out.cafSide.add(k));
            cafRep = true;
            cafNameSeen = true;
            if (party.named) side = 'between';
          } else {
            if (party.name) {
              const name = withoutDeterminer(fixAcronyms(party.name.value));
              if (/\p{L}{2}/u.test(name))
                out.partnerName.push({
                  value: name,
                  index: line(party.name.at),
                  confidence: 'high',
                  party: 'partner',
                });
            }
            if (party.address)
              out.partnerAddress.push({
                value: party.address.value,
                index: line(party.address.at),
                confidence: 'high',
                party: 'partner',
              });
            if (party.rep) {
              const p = parsePerson(party.rep.value);
              if (p.name)
                out.repName.push({
                  value: p.name,
                  index: line(party.rep.at),
                  confidence: 'high',
                  corrected: party.rep.corrected,
                  party: 'partner',
                });
              if (p.title)
                out.repTitle.push({
                  value: p.title,
                  index: line(party.rep.at),
                  confidence: 'high',
                  corrected: party.rep.corrected,
                  party: 'partner',
                });
            }
            if (party.phone)
              out.partnerPhone.push({
                value: party.phone.value,
                index: line(party.phone.at),
                confidence: 'high',
                party: 'partner',
              });
            if (party.email)
              out.partnerEmail.push({
                value: party.email.value,
                index: line(party.email.at),
                confidence: 'high',
                party: 'partner',
              });
            side = 'partner';
            partnerInline = true;
          }
          j = par.lines[par.lines.length - 1]!;
          continue;
        }
      }
      if (side === 'caf') {
        out.cafSide.add(j);
        if (denomme) {
          side = 'between';
          continue;
        }
        if (AND_LINE.test(foldLoose(row))) {
          side = 'partner';
          continue;
        }
        const rep = representedBy(row);
        if (rep && cafRep) {
          // the second « représenté(e) par »: the switch was missed, this is the partner's
          out.cafSide.delete(j);
          side = 'partner';
          partnerLines.push(j);
          continue;
        }
        const caf = cafName(row);
        if (caf) {
          const glued = gluedPartner(caf.value);
          out.cafName.push({
            value: glued?.caf ?? caf.value,
            index: j,
            confidence: 'high',
            corrected: caf.corrected,
            party: 'caf',
          });
          cafNameSeen = true;
          if (glued) {
            // the two parties side by side, the gap between them lost: every line of the block
            // mixes both, only the names can be told apart
            out.partnerName.push({
              value: withoutDeterminer(glued.partner),
              index: j,
              confidence: 'medium',
              note: 'Les deux parties sont imprimées côte à côte : vérifiez.',
              party: 'partner',
            });
            unread(ctx, 'parties', 'les deux parties imprimées côte à côte (lignes mêlées)', j);
            while (j + 1 < lines.length && j + 1 < i + 45 && !endsParties(lines[j + 1] ?? '')) j++;
            out.blocks.push({ start: i, end: j + 1 });
            return j + 1;
          }
          continue;
        }
        const seat = findAnchor(row, 'dont le siege', { atStart: true });
        if (seat) {
          const v = row
            .slice(seat.end)
            .replace(
              /^\s*(?:social\s*)?(?:est\s*)?(?:(?:situ[ée]|fix[ée]|[ée]tabli)e?\s*)?(?:à|au|:)?\s*/i,
              '',
            );
          if (v && !isPlaceholder(v))
            out.cafAddress.push({
              value: stripEnd(v),
              index: j,
              confidence: 'high',
              corrected: seat.corrected,
              party: 'caf',
            });
          continue;
        }
        if (
          cafNameSeen &&
          !cafRep &&
          // (« Cours des Alliés », « Place de la Mairie »: a street with no number)
          (ADDRESS_LINE.test(row) || STREET_START.test(row)) &&
          !/\b(?:article|code|organisme|loi)\b/i.test(row)
        ) {
          cafAddressLines.push(j);
          continue;
        }
        // (« Représentée par : Monsieur X » then « Qualité : Directeur »)
        const quality = qualityField(row);
        if (quality && cafRep) {
          out.directorTitle.push({
            value: quality,
            index: j,
            confidence: 'high',
            party: 'caf',
          });
          continue;
        }
        if (rep) {
          cafRep = true;
          // (« Son D1recteur Général … »: look-alike digits in the document's own words)
          const said = ocrWords(rep.rest || nextValue(lines, j), wordsOf(lines));
          const p = parsePerson(said.text);
          // (« Représentée par son Directeur » / « Monsieur Olivier GIRARD »)
          const below = !p.name && p.title ? personBelow(lines, j) : undefined;
          if (below) {
            out.directorName.push({
              value: below.name,
              index: below.index,
              confidence: 'high',
              party: 'caf',
            });
            consumedUpTo = Math.max(consumedUpTo, below.index);
          }
          if (p.name)
            out.directorName.push({
              value: p.name,
              index: j,
              confidence: 'high',
              corrected: rep.corrected || said.corrected,
              party: 'caf',
            });
          if (p.title)
            out.directorTitle.push({
              value: p.title,
              index: j,
              confidence: 'high',
              corrected: rep.corrected || said.corrected,
              party: 'caf',
            });
          continue;
        }
        continue;
      }
      if (denomme) break;
      if (side === 'between' && AND_LINE.test(foldLoose(row))) {
        side = 'partner';
        continue;
      }
      side = 'partner';
      partnerLines.push(j);
    }
    out.blocks.push({ start: i, end: j });
    if (cafAddressLines.length && !out.cafAddress.some((c) => c.index > i && c.index < j)) {
      out.cafAddress.push({
        value: cafAddressLines
          .map((k) => stripEnd(unlabelled(softLine(lines, ctx.paragraphs, k).text)))
          .join(', '),
        index: cafAddressLines[0]!,
        confidence: cafAddressLines.length > 3 ? 'low' : 'high',
        party: 'caf',
      });
    }
    if (side === 'caf' && out.cafName.some((c) => c.index > i && c.index < j)) {
      unread(
        ctx,
        'partner',
        'le bloc du partenaire (la fin du bloc de la Caf n’a pas été reconnue)',
        i,
      );
    }
    collectPartner(ctx, out, partnerLines, partnerInline);
    return j;
  }
}
