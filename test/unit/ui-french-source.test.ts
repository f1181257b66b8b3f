import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Source checks of the interface's French: every form validates itself (`noValidate`, the
 * app's inline messages, never the browser's bubble), and counts are written with a real
 * plural (`formatCount`), never « (s) ». The spacing itself (non-breaking spaces) is applied
 * to the rendered text (renderer/ui/french-typography.ts) and checked on every screen by
 * test/e2e/workstation-layout.spec.ts.
 */
const ROOT = join(import.meta.dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return name === 'testing' ? [] : sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const FILES = [...sources('renderer'), ...sources('shared'), ...sources('electron')];

/** `<form …>` opening tags (JSX) without `noValidate`. */
export function formsWithoutNoValidate(code: string): string[] {
  const tags: string[] = [];
  for (let start = code.search(/<form\b/); start >= 0;) {
    // The opening tag ends at the first `>` outside braces (`=>` in a handler is not the end).
    let depth = 0;
    let end = start;
    for (; end < code.length; end++) {
      const c = code[end];
      if (c === '{') depth++;
      else if (c === '}') depth--;
      else if (c === '>' && depth === 0) break;
    }
    tags.push(code.slice(start, end + 1));
    const next = code.slice(end).search(/<form\b/);
    start = next < 0 ? -1 : end + next;
  }
  return tags.filter((t) => !/\bnoValidate\b/.test(t));
}

/** Words written « mot(s) » in strings and JSX text (comments aside). */
export function parenthesisPlurals(code: string): string[] {
  return code
    .split('\n')
    .filter((line) => !/^\s*(\*|\/\/|\/\*)/.test(line))
    .flatMap(
      (line) => line.match(/(?<=[\s'"`>{(])[a-zàâçéèêëîïôûùœ’]{2,}\(s\)(?=[ .,!?'"`<»])/g) ?? [],
    );
}

describe('French of the interface, in the sources', () => {
  it('the checks find what they look for', () => {
    expect(
      formsWithoutNoValidate(
        '<form onSubmit={(e) => x(e)}>\n<form\n  onSubmit={(e) => y(e)}\n  noValidate\n>',
      ),
    ).toEqual(['<form onSubmit={(e) => x(e)}>']);
    expect(
      parenthesisPlurals(
        '`${n} retrait(s) et ${m} modification(s).`\nconst x = cache.get(s);\nif (s) out.push(s);',
      ),
    ).toEqual(['retrait(s)', 'modification(s)']);
    expect(FILES.length).toBeGreaterThan(100);
  });

  it('every form has noValidate (inline messages, no browser bubble)', () => {
    const found = FILES.flatMap((f) =>
      formsWithoutNoValidate(readFileSync(join(ROOT, f), 'utf8')).map(
        (t) => `${relative(ROOT, join(ROOT, f))}: ${t.replace(/\s+/g, ' ').slice(0, 60)}`,
      ),
    );
    expect(found).toEqual([]);
  });

  it('no count is written « (s) »', () => {
    const found = FILES.flatMap((f) =>
      parenthesisPlurals(readFileSync(join(ROOT, f), 'utf8')).map((w) => `${f}: ${w}`),
    );
    // The portal's own column title, as its export writes it (matched, not written by us).
    expect(found.filter((w) => !w.endsWith('portal/columns.ts: Profil(s)'))).toEqual([]);
  });
});
