import { describe, expect, it } from 'vitest';
import { userNameSchema } from './schemas';
import { storedUserName, USER_NAME_MAX } from './user-name';

describe('storedUserName (start-up, without zod)', () => {
  const samples: unknown[] = [
    'Sandrine COFFI',
    '  Sandrine   COFFI \t',
    'Sandrine\nCOFFI',
    '\u202eIFFOC enirdnaS',
    'Ana\u0007ïs',
    '',
    '   ',
    '\u200b\u200b',
    '\u00ad',
    '\u200bA',
    'x'.repeat(USER_NAME_MAX),
    'x'.repeat(USER_NAME_MAX + 1),
    ` ${'x'.repeat(USER_NAME_MAX)} `,
    'é'.repeat(60) + ' ' + 'é'.repeat(39),
    'é'.repeat(60) + '   ' + 'é'.repeat(40),
    'x'.repeat(100_000),
    42,
    null,
    undefined,
    { name: 'Sandrine' },
    ['Sandrine'],
  ];

  it.each(samples.map((s) => [s]))('reads %j as the schema does', (value) => {
    const parsed = userNameSchema.safeParse(value);
    expect(storedUserName(value)).toBe(parsed.success ? parsed.data : undefined);
  });

  it('is not vacuous: it keeps good names and drops bad ones', () => {
    expect(storedUserName('  Sandrine   COFFI ')).toBe('Sandrine COFFI');
    expect(storedUserName('x'.repeat(USER_NAME_MAX + 1))).toBeUndefined();
    expect(storedUserName('\u200b')).toBeUndefined();
  });
});
