import { act, render } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { frenchTypographyIssues } from '../../shared/domain/text';
import { installFrenchTypography } from './french-typography';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

let uninstall: (() => void) | undefined;
afterEach(() => {
  uninstall?.();
  uninstall = undefined;
});

/** Every text node under `root`, with its typography issues. */
function issues(root: Element): string[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const found: string[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if ((n.parentElement?.closest('code') ?? null) !== null) continue;
    for (const issue of frenchTypographyIssues(n.textContent ?? ''))
      found.push(`${issue}: « ${n.textContent} »`);
  }
  return found;
}

function Screen() {
  const [count, setCount] = useState(1);
  return (
    <div>
      <h1>Supprimer l’habilitation ?</h1>
      <p>Statut : actif ; fichier « {`convention-${count}.pdf`} » !</p>
      <p>Portail : {count > 1 ? 'créée' : 'à créer'}</p>
      <code>sha256 : abc</code>
      <p>Rendez-vous à 9:30, https://www.caf.fr</p>
      <button type="button" onClick={() => setCount((c) => c + 1)}>
        Suivant
      </button>
    </div>
  );
}

describe('French spacing of the interface', () => {
  it('makes the spaces before : ; ! ? and inside « » non-breaking, as React renders and re-renders', async () => {
    const { container, getByRole } = render(<Screen />);
    uninstall = installFrenchTypography(container);
    expect(issues(container)).toEqual([]);
    expect(container.querySelector('h1')?.textContent).toBe('Supprimer l’habilitation\u00a0?');

    // A re-render writes React's own text again: it is fixed again.
    await act(async () => {
      getByRole('button').click();
      await flush();
    });
    expect(container.textContent).toContain('Portail\u00a0: créée');
    expect(container.textContent).toContain('«\u00a0convention-2.pdf\u00a0»');
    expect(issues(container)).toEqual([]);
  });

  it('leaves code, times and addresses alone', () => {
    const { container } = render(<Screen />);
    uninstall = installFrenchTypography(container);
    expect(container.querySelector('code')?.textContent).toBe('sha256 : abc');
    expect(container.textContent).toContain('9:30, https://www.caf.fr');
  });

  it('the check itself finds an ordinary space before a colon and a bare guillemet', () => {
    const div = document.createElement('div');
    div.innerHTML = '<p>Statut : « actif »</p>';
    expect(issues(div)).toHaveLength(2);
  });
});
