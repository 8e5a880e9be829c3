import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Only these wrappers may touch the dangerous browser APIs (credentials, storage, new tabs).
const GUARDED = [
  { object: 'browser', property: 'cookies', wrapper: 'lib/switch/cookie-jar.ts' },
  { object: 'browser', property: 'storage', wrapper: 'lib/storage/' },
];

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'scripts/bench/vendor/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-globals': [
        'error',
        { name: 'indexedDB', message: 'Open IndexedDB only through lib/db/.' },
        { name: 'chrome', message: 'Use `browser` from wxt/browser.' },
      ],
      'no-restricted-properties': [
        'error',
        ...GUARDED.map(({ object, property, wrapper }) => ({
          object,
          property,
          message: `Use the wrapper in ${wrapper}.`,
        })),
        { object: 'tabs', property: 'create', message: 'Use openTab() from lib/tabs/.' },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['lib/db/**', 'tests/**', 'sandbox/**', 'scripts/**'],
    rules: { 'no-restricted-globals': 'off' },
  },
  {
    files: [
      'lib/storage/**',
      'lib/switch/cookie-jar.ts',
      'lib/tabs/**',
      'tests/**',
      'sandbox/**',
      'scripts/**',
    ],
    rules: { 'no-restricted-properties': 'off' },
  },
);
