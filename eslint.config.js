import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'fs', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream', 'http', 'https',
  'net', 'worker_threads', 'buffer', 'events',
];
const nodeImports = [
  { group: ['node:*'], message: 'Node APIs belong to electron/main only.' },
  ...nodeBuiltins.map((n) => ({ group: [n, `${n}/*`], message: 'Node APIs belong to electron/main only.' })),
];

export default tseslint.config(
  {
    ignores: [
      'dist/**', 'dist-electron/**', 'release/**', 'node_modules/**', 'test-results/**',
      'playwright-report/**', 'bench-results/**', '.scratch/**', '.tsbuild/**', 'test/import-corpus/*.bundle.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
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
          paths: [{ name: 'electron', message: 'The renderer talks to main through the platform bridge only.' }],
          patterns: nodeImports,
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
            { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ depends on nothing else.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'Buffer'],
    },
  },
  {
    files: ['electron/**/*.ts', 'scripts/**/*.{js,mjs}', '*.config.{js,ts}', 'test/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: nodeImports },
      ],
    },
  },
);
