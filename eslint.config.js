import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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
    plugins: { 'import-x': importX },
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
      // The design's dependency direction: app -> features -> (api, auth, components, lib);
      // features never import each other; only src/testing may reach the emulator.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './src/features/profile', from: './src/features', except: ['./profile'] },
            { target: './src/features/playlists', from: './src/features', except: ['./playlists'] },
            { target: './src/features/player', from: './src/features', except: ['./player'] },
            {
              target: [
                './src/features',
                './src/api',
                './src/auth',
                './src/components',
                './src/lib',
              ],
              from: './src/app',
            },
            {
              target: ['./src/api', './src/auth', './src/components', './src/lib'],
              from: './src/features',
            },
            { target: './src/lib', from: ['./src/api', './src/auth', './src/components'] },
            { target: './src', from: './emulator', except: [] },
          ],
        },
      ],
    },
  },
  {
    // Test utilities are the one place allowed to run the emulator in-process.
    files: ['src/testing/**', 'src/**/*.test.{ts,tsx}'],
    rules: { 'import-x/no-restricted-paths': 'off' },
  },
  {
    // The emulator imports nothing from src/ but the API types.
    files: ['emulator/**/*.ts'],
    plugins: { 'import-x': importX },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './emulator',
              from: './src',
              except: ['./api/spotify-types.ts', './api/spotify-schema.ts'],
            },
          ],
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
  // This config file is plain JavaScript outside every tsconfig.
  { files: ['**/*.js'], extends: [tseslint.configs.disableTypeChecked] },
);
