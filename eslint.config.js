import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'url',
  'util',
  'stream',
  'http',
  'https',
  'net',
  'worker_threads',
  'buffer',
  'events',
];
const nodeImports = [
  { group: ['node:*'], message: 'Node APIs belong to electron/main only.' },
  ...nodeBuiltins.map((n) => ({
    group: [n, `${n}/*`],
    message: 'Node APIs belong to electron/main only.',
  })),
];

const electronInRenderer = {
  name: 'electron',
  message: 'The renderer talks to main through the platform bridge only.',
};

/** Every folder under renderer/features, its screen (first segment) and its depth. */
const screenFolders = (function walk(dir, depth) {
  return readdirSync(new URL(`./renderer/features/${dir}`, import.meta.url), {
    withFileTypes: true,
  })
    .filter((e) => e.isDirectory())
    .flatMap((e) => {
      const sub = dir ? `${dir}/${e.name}` : e.name;
      return [{ dir: sub, screen: sub.split('/')[0], depth: depth + 1 }, ...walk(sub, depth + 1)];
    });
})('', 0);

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-electron/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'bench-results/**',
      '.scratch/**',
      '.tsbuild/**',
      'test/import-corpus/*.bundle.mjs',
      'test/roster-corpus/*.bundle.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // React event props take `() => void`; an async handler there is the idiom, its errors
      // are caught inside the handler (notices), not by the caller.
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } },
      ],
      // `async` states a function's contract (it returns a promise, throws as a rejection) even
      // where its body happens not to await: interface implementations, fakes in tests.
      '@typescript-eslint/require-await': 'off',
      // A caught error handed on as it was caught is not a new rejection reason to invent.
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingUnknown: true }],
    },
  },
  {
    // Test doubles: vitest's asymmetric matchers are typed `any`, and spying on a fake's
    // method (`expect(fake.write).toHaveBeenCalled…`) reads it unbound on purpose.
    files: ['**/*.test.{ts,tsx}', 'test/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  { files: ['**/*.{js,mjs,cjs}'], ...tseslint.configs.disableTypeChecked },
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'The renderer talks to main through the platform bridge only.',
            },
          ],
          patterns: nodeImports,
        },
      ],
    },
  },
  // Screens sit on the shell: a screen (renderer/features/<x>) never imports another screen
  // (one block per folder of screens, as a relative import's reach depends on the depth)…
  ...screenFolders.map(({ dir, screen, depth }) => ({
    files: [`renderer/features/${dir}/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronInRenderer],
          patterns: [
            ...nodeImports,
            {
              regex: `^(\\.\\./){${depth}}((\\.\\./)features/)?(?!${screen}/)[a-z-]+(/|$)`,
              message: `A screen never imports another screen (${screen}): move what they share to renderer/shell, renderer/ui or shared/.`,
            },
          ],
        },
      ],
    },
  })),
  // …and nothing below the screens imports one, except the one list of screens (lazy imports).
  {
    files: [
      'renderer/{db,documents,platform,ui,shell,store,backup}/**/*.{ts,tsx}',
      'renderer/main.tsx',
    ],
    ignores: ['renderer/shell/sections.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronInRenderer],
          patterns: [
            ...nodeImports,
            {
              group: ['**/features', '**/features/**'],
              message:
                'Only the list of screens (renderer/shell/sections.ts) imports screens; the rest of the renderer sits below them.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'shared/ is pure TypeScript.' },
            { name: 'react', message: 'shared/ is pure TypeScript.' },
            { name: 'dexie', message: 'Database code lives in renderer/db.' },
          ],
          patterns: [
            ...nodeImports,
            {
              group: ['**/renderer/**', '**/electron/**'],
              message: 'shared/ depends on nothing else.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'process',
        'Buffer',
      ],
    },
  },
  {
    files: ['electron/**/*.ts', 'scripts/**/*.{js,mjs}', '*.config.{js,ts}', 'test/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: nodeImports }],
    },
  },
);
