// Lint rules that keep the architecture honest: the engine never touches Phaser or the DOM, views
// (src/game, src/ui) never touch inkjs, the story or the engine itself, the platform knows no views,
// and no story or user text reaches innerHTML and its friends.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import roundTable from './scripts/lint/catalogue-words.js';

const htmlSinks = [
  { object: 'document', property: 'write', message: 'document.write parses HTML; build nodes instead.' },
  { object: 'document', property: 'writeln', message: 'document.writeln parses HTML; build nodes instead.' },
];
const htmlSinkSyntax = [
  {
    selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]",
    message: 'No innerHTML/outerHTML: story and user text must never be parsed as HTML. Use src/ui/kit/dom.ts.',
  },
  {
    selector: "CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment|parseFromString|setHTMLUnsafe)$/]",
    message: 'No HTML parsing of text: build nodes with src/ui/kit/dom.ts.',
  },
  { selector: "NewExpression[callee.name='Function']", message: 'No new Function(): it is eval.' },
  {
    selector: "CallExpression[callee.property.name='setAttribute'][arguments.0.value=/^style$/i]",
    message: "No style attributes: the policy refuses inline style (scripts/policy.ts). Use a class, or element.style.",
  },
  {
    selector: "Property[key.name='attrs'] > ObjectExpression > Property[key.name='style']",
    message: "No style attributes: the policy refuses inline style (scripts/policy.ts). Use a class, or element.style.",
  },
];

const enginePatterns = [
  { group: ['phaser', 'phaser/*'], message: 'The engine is pure: no Phaser in src/debate.' },
  { group: ['howler', '**/game/**', '**/ui/**'], message: 'The engine is pure: it knows no views.' },
];

const viewPatterns = [
  { group: ['**/app/**'], message: 'Views are wired by src/app; they never reach back into it.' },
  { group: ['inkjs', 'inkjs/*'], message: 'Views present engine events; they never import inkjs.' },
  { group: ['**/*.ink'], message: 'Views never load the story; the engine does.' },
  { group: ['**/story/**'], message: 'Content comes through src/app/content.ts, in the page’s language; views are given it.' },
  {
    group: ['**/debate/core/engine', '**/debate/core/engine.ts'],
    allowTypeImports: true,
    message: 'Views get plain data and callbacks, never the engine (its types are fine).',
  },
];

/** A view folder's import rule (its tests may import anything they check). */
const viewRoom = (files, patterns) => ({
  files,
  ignores: ['**/*.test.ts'],
  rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] },
});

export default tseslint.config(
  { ignores: ['dist/**', 'dist-*/**', 'node_modules/**', '.cache/**', 'test-results/**', 'public/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Stand-ins for Phaser's own CommonJS modules (scripts/phaser-lite.ts).
    files: ['src/game/lite/stubs/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable' } },
  },
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-restricted-properties': ['error', ...htmlSinks],
      'no-restricted-syntax': ['error', ...htmlSinkSyntax],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/debate/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: enginePatterns }],
      'no-restricted-globals': ['error', 'document', 'window', 'localStorage', 'navigator'],
    },
  },
  {
    // The engine owns the interfaces it needs (src/debate/core/ports.ts); src/platform implements them.
    // Tests may use the platform's memory store.
    files: ['src/debate/**/*.ts'],
    ignores: ['src/debate/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...enginePatterns,
            { group: ['**/platform/**'], message: 'The engine owns its ports (src/debate/core/ports.ts); src/platform implements them.' },
          ],
        },
      ],
    },
  },
  // The views present plain data and send commands: no inkjs, no story, never the engine itself
  // (its types, to describe the data they are given, are fine), and the canvas knows no DOM layer.
  viewRoom(['src/ui/**/*.ts'], viewPatterns),
  viewRoom(['src/game/**/*.ts'], [
    ...viewPatterns,
    { group: ['**/ui/**'], message: 'The canvas presents; the DOM layer is a sibling, not a dependency.' },
  ]),
  {
    // Every word a player sees comes from the message catalogue (src/i18n), so a language is a
    // catalogue (scripts/lint/catalogue-words.js says what counts as words).
    files: ['src/ui/**/*.ts', 'src/app/**/*.ts', 'src/game/**/*.ts', 'src/platform/**/*.ts'],
    ignores: ['**/*.test.ts', 'src/game/lite/**'],
    plugins: { 'round-table': roundTable },
    rules: { 'round-table/words-from-catalogue': 'error' },
  },
  {
    // One module knows the language's content (src/app/content.ts and its editions); the rest of
    // the wiring is given it, so a language is an edition, not an edit here and there.
    files: ['src/app/**/*.ts'],
    ignores: ['**/*.test.ts', 'src/app/content.ts', 'src/app/content-*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ group: ['**/story/**'], message: 'Content comes through src/app/content.ts, in the page’s language.' }] }] },
  },
  {
    // The platform implements the engine's ports; it knows nothing of the views or the wiring.
    files: ['src/platform/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/ui/**', '**/game/**', '**/app/**'], message: 'src/platform implements ports; it imports no views and no wiring.' }] },
      ],
    },
  },
);
