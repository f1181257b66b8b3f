import { describe, expect, it } from 'vitest';
import { ImportRefusedError, type ExportHeader } from '../../../shared/backup/export-format';
import { canonicalJson } from '../../../shared/domain/journal-chain';
import { seededDb } from '../../../test/support/seed-register';
import { buildExport, buildExportFromBody } from './export';
import { parseExportFile, readExportHeader } from './import';

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

async function refusal(p: Promise<unknown>): Promise<ImportRefusedError> {
  try {
    await p;
  } catch (error) {
    expect(error).toBeInstanceOf(ImportRefusedError);
    return error as ImportRefusedError;
  }
  throw new Error('expected a refusal');
}

function splitHeader(text: string): { header: Record<string, unknown>; rest: string } {
  const nl = text.indexOf('\n');
  return {
    header: JSON.parse(text.slice('{"header":'.length, nl - 1)) as Record<string, unknown>,
    rest: text.slice(nl),
  };
}

describe('backup envelope', () => {
  it('reads files that went through mail or a Windows tool: CRLF, trailing whitespace, BOM', async () => {
    const { db } = await seededDb();
    const text = dec((await buildExport(db, { appVersion: '0.1.0' })).bytes);
    const variants = [
      text.replace(/\n/g, '\r\n'),
      `${text}\n`,
      `${text}\r\n\r\n`,
      `${text.trimEnd()}`,
      `${text.trimEnd()}   \t`,
      `\uFEFF${text}`,
      `\uFEFF${text.replace(/\n/g, '\r\n')}  \r\n`,
    ];
    for (const v of variants) {
      const parsed = await parseExportFile(enc(v));
      expect(parsed.preview.counts.agents).toBe(5);
    }
    expect(readExportHeader(enc(text.replace(/\n/g, '\r\n')))?.counts.agents).toBe(5);
  });

  it('the header is covered by a checksum: an edited count or reason is refused', async () => {
    const { db } = await seededDb();
    const built = await buildExport(db, { appVersion: '0.1.0', reason: 'Export manuel' });
    expect(built.header.formatVersion).toBe(2);
    expect(built.header.headerSha256).toMatch(/^[0-9a-f]{64}$/);
    const { header, rest } = splitHeader(dec(built.bytes));
    for (const change of [
      { counts: { ...(header.counts as object), agents: 99 } },
      { reason: 'Avant restauration' },
      { partner: 'Autre CCAS' },
      { extra: 'ajouté' },
    ]) {
      const forged = `{"header":${canonicalJson({ ...header, ...change })},${rest}`;
      const error = await refusal(parseExportFile(enc(forged)));
      expect(error.code).toBe('altered');
      expect(readExportHeader(enc(forged))).toBeUndefined();
    }
  });

  it('keeps reading format 1 files (header not covered), and keeps fields unknown to this version', async () => {
    const { db } = await seededDb();
    const built = await buildExport(db, { appVersion: '0.1.0' });
    const { header, rest } = splitHeader(dec(built.bytes));
    const { headerSha256: _h, ...v1 } = header;
    const old = `{"header":${canonicalJson({ ...v1, formatVersion: 1 })},${rest}`;
    expect((await parseExportFile(enc(old))).preview.counts.agents).toBe(5);
    // A v1 header claiming a checksum it cannot have is not a file we wrote.
    const bad = `{"header":${canonicalJson({ ...v1, formatVersion: 1, headerSha256: 'a'.repeat(64) })},${rest}`;
    expect((await refusal(parseExportFile(enc(bad)))).code).toBe('altered');
    // A later field, sealed with the rest, is read and kept.
    const { sealHeader } = await import('../../../shared/backup/export-format');
    const later = sealHeader({ ...v1, laterField: { seq: 3, hash: 'b'.repeat(64) } });
    const parsed = await parseExportFile(enc(`{"header":${canonicalJson(later)},${rest}`));
    expect((parsed.header as Record<string, unknown>).laterField).toEqual({
      seq: 3,
      hash: 'b'.repeat(64),
    });
  });

  it('refuses a header whose journal head is not the body’s (checksums recomputed), in French', async () => {
    const { db } = await seededDb();
    const built = await buildExport(db, { appVersion: '0.1.0' });
    const { header, rest } = splitHeader(dec(built.bytes));
    const head = header.journalHead as { seq: number; hash: string };
    expect(head.seq).toBeGreaterThan(1);
    const { sealHeader } = await import('../../../shared/backup/export-format');
    const withHead = (journalHead: unknown) =>
      enc(`{"header":${canonicalJson(sealHeader({ ...header, journalHead }))},${rest}`);
    // Sanity: the same header sealed again is accepted.
    await expect(parseExportFile(withHead(head))).resolves.toBeTruthy();
    const cases: [unknown, RegExp][] = [
      [
        { seq: head.seq + 5, hash: head.hash },
        new RegExp(
          `s’arrête à l’entrée n°\\s${head.seq + 5}, le contenu à l’entrée n°\\s${head.seq}`,
        ),
      ],
      [{ seq: head.seq, hash: 'c'.repeat(64) }, /la même entrée n°\s\d+ n’a pas la même empreinte/],
      [null, /s’arrête à aucune entrée, le contenu à l’entrée/],
    ];
    for (const [forged, message] of cases) {
      const error = await refusal(parseExportFile(withHead(forged)));
      expect(error.code).toBe('altered');
      expect(error.message).toMatch(/^Cette sauvegarde a été modifiée après avoir été écrite/);
      expect(error.message).toMatch(message);
      expect(error.message).toContain('rien n’a été modifié');
    }
    // A file written before the header carried the head is still read.
    const { journalHead: _j, ...older } = header;
    await expect(
      parseExportFile(enc(`{"header":${canonicalJson(sealHeader(older))},${rest}`)),
    ).resolves.toBeTruthy();
  });

  it('still refuses a cut file, whatever whitespace follows the cut', async () => {
    const { db } = await seededDb();
    const text = dec((await buildExport(db, { appVersion: '0.1.0' })).bytes);
    for (const cut of [
      text.slice(0, text.length - 3),
      `${text.slice(0, text.length - 3)}\r\n`,
      text.slice(0, 30),
    ]) {
      expect((await refusal(parseExportFile(enc(cut)))).code).toBe('truncated');
    }
  });

  it('refuses non-finite numbers and absurd nesting even with the checksum recomputed', async () => {
    const { db } = await seededDb();
    const built = await buildExport(db, { appVersion: '0.1.0' });
    const withInfinity = built.body.replace('"tables":{', '"tables":{"zz":1e400,');
    expect(withInfinity).not.toBe(built.body);
    const forge = async (bodyText: string) => {
      const { header, rest: _r } = splitHeader(dec(built.bytes));
      const { sealHeader, sha256HexBytes } = await import('../../../shared/backup/export-format');
      const bytes = enc(bodyText);
      const h = sealHeader({
        ...header,
        bodyBytes: bytes.byteLength,
        bodySha256: sha256HexBytes(bytes),
      } as ExportHeader);
      return enc(`{"header":${canonicalJson(h)},\n"body":${bodyText}}\n`);
    };
    const inf = await refusal(parseExportFile(await forge(withInfinity)));
    expect(inf.code).toBe('invalid-rows');
    expect(inf.details.join(' ')).toMatch(/infini/);
    const deep = built.body.replace(
      '"tables":{',
      `"tables":{"zz":${'['.repeat(100_000)}${']'.repeat(100_000)},`,
    );
    const tooDeep = await refusal(parseExportFile(await forge(deep)));
    expect(tooDeep.code).toBe('invalid-rows');
    expect(tooDeep.details.join(' ')).toMatch(/imbriquées/);
    // A setting holding 1e400 in a valid place.
    const parsedBody = JSON.parse(built.body) as {
      tables: { settings: { key: string; value: unknown }[] };
    };
    parsedBody.tables.settings.push({ key: 'zzz', value: { n: 1 } });
    const text = canonicalJson(parsedBody).replace('"n":1', '"n":1e400');
    expect((await refusal(parseExportFile(await forge(text)))).code).toBe('invalid-rows');
    // Sanity: the forge itself produces an acceptable file.
    await expect(
      parseExportFile(
        (await buildExportFromBody(JSON.parse(built.body) as never, { appVersion: '0.1.0' })).bytes,
      ),
    ).resolves.toBeTruthy();
  });
});
