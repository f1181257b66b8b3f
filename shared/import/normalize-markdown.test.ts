import { describe, expect, it } from 'vitest';
import { normalizeLine } from './normalize';

describe('a convention exported to Markdown', () => {
  it.each([
    ['# Annexe 2.3 : Service habitat', 'Annexe 2.3 : Service habitat'],
    ['## Article 8 - Missions du partenaire', 'Article 8 - Missions du partenaire'],
    ['### Article 9.1 - Engagements de la Caf', 'Article 9.1 - Engagements de la Caf'],
    ['* Accompagnement des usagers', '• Accompagnement des usagers'],
    ['+ Aide aux démarches', '• Aide aux démarches'],
  ])('reads %j as the document said it', (line, expected) => {
    expect(normalizeLine(line)).toBe(expected);
  });

  it.each([
    // not Markdown: a number sign in a value, an emphasised line, a product of numbers
    ['Bureau #3, 2e étage', 'Bureau #3, 2e étage'],
    ['*Certifié exécutoire*', 'Certifié exécutoire'],
    ['2 * 3 postes', '2 * 3 postes'],
    ['#hashtag', '#hashtag'],
  ])('leaves %j alone', (line, expected) => {
    expect(normalizeLine(line)).toBe(expected);
  });
});
