import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The dependency direction (docs/architecture.md "Layers"): app -> features -> (api, auth,
 * components) -> domain -> lib; features never import each other; only src/testing and tests reach the
 * emulator; the emulator takes nothing from src/ but the API types.
 */
const restrict = (files, regex, message) => ({
  files,
  ignores: ['src/testing/**', 'src/**/*.test.{ts,tsx}'],
  rules: { 'no-restricted-imports': ['error', { patterns: [{ regex, message }] }] },
});
const FEATURES = [
  'profile',
  'playlists',
  'history',
  'player',
  'login',
  'library',
  'transfer',
  'catalog',
  'diagnostics',
];
const layerRules = [
  ...FEATURES.map((feature) => {
    const others = FEATURES.filter((f) => f !== feature).join('|');
    return restrict(
      [`src/features/${feature}/**`],
      `(^|/)(app|emulator)/|(^|/)features/(${others})/|^\\.\\./(${others})/`,
      'Features import only api, auth, components and lib (never app or another feature).',
    );
  }),
  restrict(
    ['src/api/**', 'src/auth/**', 'src/components/**'],
    '(^|/)(app|features|emulator)/',
    'Lower layers do not import app or features.',
  ),
  restrict(
    ['src/domain/**'],
    '(^|/)(app|features|auth|components|emulator)/|(^|/)api/(?!spotify-types$)',
    'domain/ holds the row model and the readers of Spotify bodies: only lib and the API types.',
  ),
  restrict(
    ['src/lib/**'],
    '(^|/)(app|features|api|auth|components|domain|emulator)/',
    'lib/ holds pure helpers only.',
  ),
  restrict(['src/app/**', 'src/main.tsx'], '(^|/)emulator/', 'Only src/testing runs the emulator.'),
  {
    files: ['emulator/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)src/(?!api/spotify-(types|schema)$)',
              message: 'The emulator imports only the API types from src/.',
            },
          ],
        },
      ],
    },
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist-bench',
      'dist',
      'dist-e2e',
      'reports',
      'coverage',
      'playwright-report',
      'test-results',
      'src/api/spotify-schema.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      // React Router's loaders throw `data()`/`redirect()` results on purpose.
      '@typescript-eslint/only-throw-error': [
        'error',
        {
          allow: [
            {
              from: 'package',
              package: 'react-router',
              name: ['DataWithResponseInit', 'Response'],
            },
          ],
          allowThrowingUnknown: false,
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    extends: [
      reactHooks.configs.flat.recommended,
      ...pluginQuery.configs['flat/recommended'],
      jsxA11y.flatConfigs.recommended,
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render Spotify text as text; see lib/ for safe description rendering.',
        },
        {
          selector: "MemberExpression[object.name='Math'][property.name='random']",
          message: 'Use crypto.getRandomValues for anything random.',
        },
      ],
    },
  },
  {
    files: ['emulator/**/*.ts', 'scripts/**/*.ts', 'e2e/**/*.ts', '*.config.{js,ts}'],
    languageOptions: { globals: globals.node },
    rules: { 'no-console': 'off' },
  },
  {
    // Tests read loosely typed JSON bodies; asserting on them is the point.
    files: ['**/*.test.{ts,tsx}', 'emulator/test-helpers.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // Playwright fixtures declare their (empty) dependencies with an object pattern.
    files: ['e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  ...layerRules,
  // This config file is plain JavaScript outside every tsconfig.
  { files: ['**/*.js'], extends: [tseslint.configs.disableTypeChecked] },
  // The emulator's Web Playback SDK stand-in is a script the browser runs.
  { files: ['emulator/web-playback/*.js'], languageOptions: { globals: globals.browser } },
  // What the generated service worker imports (vite.config.ts, workbox.importScripts).
  { files: ['public/*.js'], languageOptions: { globals: globals.serviceworker } },
);
