import { describe, expect, it } from 'vitest';
import { looksLikeSharedEmail, looksLikeSharedName } from './email-heuristics';

describe('looksLikeSharedEmail', () => {
  it.each([
    // shared: the whole local part is a service word
    ['contact@ville-lieusaint.fr', true, 'contact'],
    ['accueil@ccas.fr', true, 'accueil'],
    ['ccas@mairie-x.fr', true, 'ccas'],
    ['mairie@x.fr', true, 'mairie'],
    ['secretariat@x.fr', true, 'secretariat'],
    ['Secrétariat@x.fr', true, 'secretariat'],
    ['info@x.fr', true, 'info'],
    ['social@x.fr', true, 'social'],
    ['service@x.fr', true, 'service'],
    ['direction@x.fr', true, 'direction'],
    ['courrier@x.fr', true, 'courrier'],
    ['standard@x.fr', true, 'standard'],
    ['admin@x.fr', true, 'admin'],
    ['rh@x.fr', true, 'rh'],
    ['CONTACT@X.FR', true, 'contact'],
    ['no-reply@caf.fr', true, 'noreply'],
    // shared: starts with a service word
    ['ccas.lieusaint@x.fr', true, 'ccas'],
    ['accueil-social@x.fr', true, 'accueil'],
    ['service.social@x.fr', true, 'service'],
    ['info.ccas@x.fr', true, 'ccas'],
    ['accueil2@x.fr', true, 'accueil'],
    ['ccaslieusaint@x.fr', true, 'ccas'],
    ['accueilsocial@x.fr', true, 'accueil'],
    ['contact+caf@x.fr', true, 'contact'],
    // shared: a strong word later
    ['lieusaint.ccas@x.fr', true, 'ccas'],
    ['ville.accueil@x.fr', true, 'accueil'],
    // personal
    ['s.coffi@ville-lieusaint.fr', false, undefined],
    ['k.benali@ville-lieusaint.fr', false, undefined],
    ['jean.service@x.fr', false, undefined],
    ['marie.social@x.fr', false, undefined],
    ['rhonda.smith@x.fr', false, undefined],
    ['infante@x.fr', false, undefined],
    ['polet.marie@x.fr', false, undefined],
    ['christophe.le-guehennec@cafmelun.cnafmail.fr', false, undefined],
    ['', false, undefined],
    [undefined, false, undefined],
    ['pas-une-adresse', false, undefined],
  ])('%j → shared=%s (%s)', (address, shared, word) => {
    const v = looksLikeSharedEmail(address);
    expect(v.shared).toBe(shared);
    expect(v.word).toBe(word);
  });
});

describe('looksLikeSharedName', () => {
  it.each([
    ['Accueil', true],
    ['Service social', true],
    ['Pôle solidarité', true],
    ['Secrétariat', true],
    ['SECRETARIAT CCAS', true],
    ['Équipe FSL', true],
    ['DJIRE', false],
    ['Le Guéhennec', false],
    ['Polet', false],
    ['Servien', false],
    [undefined, false],
  ])('%j → %s', (name, shared) => {
    expect(looksLikeSharedName(name).shared).toBe(shared);
  });
});
