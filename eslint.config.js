import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import simpleImportSort from 'eslint-plugin-simple-import-sort';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const uiLibraries = [
  'react',
  'react-dom',
  'react-*',
  'react-dom/*',
  'zustand',
  'zustand/*',
  'cytoscape',
  'cytoscape-*',
  'i18next',
];

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'node_modules', 'bench/results.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'simple-import-sort': simpleImportSort },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'simple-import-sort/imports': [
        'error',
        // Packages, then our own modules from further up, then siblings; a blank line between groups.
        { groups: [['^\\u0000'], ['^node:', '^@?\\w'], ['^\\.\\./'], ['^\\./']] },
      ],
      'simple-import-sort/exports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The model layer is plain TypeScript: no UI framework, store or graph library.
    files: ['src/model/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: uiLibraries,
              message: 'src/model must stay free of React, zustand, i18next and Cytoscape.',
            },
            {
              group: ['**/state/**', '**/features/**', '**/app/**'],
              message: 'Imports flow model → state → features.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/state/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'cytoscape', 'cytoscape-*'],
              message: 'src/state holds stores, not UI.',
            },
            { group: ['**/features/**', '**/app/**'], message: 'Imports flow model → state → features.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/app/**'],
              message: 'Imports flow model → state → features → app: the app passes what a feature needs.',
            },
          ],
        },
      ],
    },
  },
);
