import { frenchSpacing } from '../../shared/domain/text';

/**
 * French spacing for every text the interface shows, applied once for the whole app (the
 * same rule as the documents, `frenchSpacing`): the space before « : ; ! ? » and inside « »
 * becomes non-breaking, so that no « : » or guillemet is left alone at a line's start or end.
 * The source strings keep ordinary spaces (easier to write and to search); the text nodes
 * are fixed as React writes them. Raw texts are left alone: code, hashes, an imported
 * document's own text (`pre`, `code`, `[data-raw-text]`), and what the user types.
 */
const RAW = 'pre, code, textarea, script, style, [contenteditable], [data-raw-text]';

function fixNode(node: Text): void {
  const text = node.data;
  // Fast path: nothing to change in most nodes.
  if (!/[:;!?«»]/.test(text)) return;
  const parent = node.parentElement;
  if (!parent || parent.closest(RAW)) return;
  const fixed = frenchSpacing(text);
  if (fixed !== text) node.data = fixed;
}

function fixTree(root: Node): void {
  if (root.nodeType === Node.TEXT_NODE) {
    fixNode(root as Text);
    return;
  }
  if (
    !(root instanceof Element || root instanceof DocumentFragment) ||
    (root instanceof Element && root.closest(RAW))
  )
    return;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) fixNode(n as Text);
}

/** Applies French spacing under `root` now and to everything added or changed later. */
export function installFrenchTypography(root: Element = document.body): () => void {
  fixTree(root);
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'characterData') fixNode(r.target as Text);
      else r.addedNodes.forEach(fixTree);
    }
  });
  observer.observe(root, { childList: true, characterData: true, subtree: true });
  return () => observer.disconnect();
}
