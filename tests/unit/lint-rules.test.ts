// The lint rules that keep story and user text from ever being parsed as HTML or code fire on every
// sink they name, and stay quiet on the safe way to put text on the page (textContent).
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, '../..') });

/** Lints a snippet as if it were a file of the DOM layer; returns the rule ids that fired. */
async function rulesFiredOn(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: 'src/ui/__lint_probe__.ts' });
  return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

const el = 'declare const el: HTMLElement; declare const text: string;\n';

describe('the HTML-sink lint rules', () => {
  it.each([
    ['innerHTML', `${el}el.innerHTML = text;`],
    ['outerHTML', `${el}el.outerHTML = text;`],
    ['innerHTML +=', `${el}el.innerHTML += text;`],
    ['insertAdjacentHTML', `${el}el.insertAdjacentHTML('beforeend', text);`],
    ['createContextualFragment', `declare const range: Range; declare const text: string;\nrange.createContextualFragment(text);`],
    ['DOMParser.parseFromString', `declare const text: string;\nnew DOMParser().parseFromString(text, 'text/html');`],
    ['document.write', `declare const text: string;\ndocument.write(text);`],
    ['document.writeln', `declare const text: string;\ndocument.writeln(text);`],
    ['new Function', `declare const text: string;\nnew Function(text);`],
    ['eval', `declare const text: string;\neval(text);`],
    ['a style attribute', `${el}el.setAttribute('style', text);`],
    ['a style attribute through h()', `declare function h(tag: string, props: object): void;\nh('td', { attrs: { style: 'text-align: left' } });`],
  ])('forbids %s', async (_, code) => {
    const fired = await rulesFiredOn(code);
    expect(fired.some((id) => ['no-restricted-syntax', 'no-restricted-properties', 'no-eval'].includes(id))).toBe(true);
    expect(fired.filter((id) => id.startsWith('fatal'))).toEqual([]);
  });

  it('allows textContent, the way this project puts text on the page, and styles set through the CSSOM', async () => {
    expect(await rulesFiredOn(`${el}el.textContent = text;\nel.append(document.createTextNode(text));\nel.style.width = text;`)).toEqual([]);
  });

  it('reads innerHTML without complaint (only writing parses HTML)', async () => {
    expect(await rulesFiredOn('declare const el: HTMLElement;\nexport const size = el.innerHTML.length;')).toEqual([]);
  });
});

/** Lints an import as if it were written in `filePath`; returns the rule ids that fired. */
async function importRulesFiredOn(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const probe = used;\n`, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`).filter((id) => /restricted-imports|fatal/.test(id));
}

describe('the rooms: each layer imports only what its job allows', () => {
  const restricted = ['no-restricted-imports', '@typescript-eslint/no-restricted-imports'];
  it.each([
    ['a view importing inkjs', 'src/ui/__probe__.ts', "import { Story as used } from 'inkjs';"],
    ['a scene importing inkjs', 'src/game/__probe__.ts', "import { Story as used } from 'inkjs';"],
    ['a view loading the story', 'src/ui/play/__probe__.ts', "import used from '../../../story/main.ink';"],
    ['a view loading content', 'src/ui/teachers/__probe__.ts', "import used from '../../../story/quiz.json';"],
    ['the wiring loading content past the content module', 'src/app/__probe__.ts', "import used from '../../story/fa/cast.json';"],
    ['a view holding the engine itself', 'src/ui/play/__probe__.ts', "import { DebateEngine as used } from '../../debate/core/engine.ts';"],
    ['a scene reaching into the DOM layer', 'src/game/__probe__.ts', "import { h as used } from '../ui/kit/dom.ts';"],
    ['a view reaching back into the wiring', 'src/ui/play/__probe__.ts', "import { start as used } from '../../app/start.ts';"],
    ['the platform importing a view', 'src/platform/__probe__.ts', "import { h as used } from '../ui/kit/dom.ts';"],
    ['the engine importing the platform', 'src/debate/persistence/__probe__.ts', "import { MemoryStore as used } from '../../platform/storage.ts';"],
    ['the engine importing a view', 'src/debate/documents/__probe__.ts', "import { h as used } from '../../ui/kit/dom.ts';"],
  ])('refuses %s', async (_, file, code) => {
    const fired = await importRulesFiredOn(file, code);
    expect(fired.filter((id) => id.startsWith('fatal'))).toEqual([]);
    expect(fired.some((id) => restricted.includes(id))).toBe(true);
  });

  it.each([
    ['a view naming the engine’s type', 'src/ui/branches/__probe__.ts', "import type { DebateEngine as used } from '../../debate/core/engine.ts';"],
    ['a view using the shared cast', 'src/ui/play/__probe__.ts', "import { STANCES as used } from '../../debate/core/contract.ts';"],
    ['the platform implementing a port', 'src/platform/__probe__.ts', "import type { KeyValueStore as used } from '../debate/core/ports.ts';"],
    ['the content module loading content', 'src/app/content-xx.ts', "import used from '../../story/cast.json';"],
  ])('allows %s', async (_, file, code) => {
    expect(await importRulesFiredOn(file, code)).toEqual([]);
  });
});

/** Lints a snippet as a view file; returns how many words the catalogue rule found. */
async function wordsFound(code: string, filePath = 'src/ui/__probe__.ts'): Promise<number> {
  const [result] = await eslint.lintText(`declare function h(tag: string, props?: object, ...children: unknown[]): HTMLElement;\ndeclare const el: HTMLElement; declare const n: number; declare const key: string;\n${code}\n`, { filePath });
  const fatal = (result?.messages ?? []).filter((m) => !m.ruleId);
  expect(fatal).toEqual([]);
  return (result?.messages ?? []).filter((m) => m.ruleId === 'round-table/words-from-catalogue').length;
}

describe('the catalogue rule: words a player sees come from src/i18n', () => {
  it.each([
    ['a text property', "h('button', { text: 'Play again' });"],
    ['one capitalised word', "h('button', { text: 'Close' });"],
    ['textContent', "el.textContent = 'Saved to your downloads.';"],
    ['an aria-label', "h('nav', { attrs: { 'aria-label': 'Branch map views' } });"],
    ['a title set on an element', "el.setAttribute('title', 'Pause menu');"],
    ['a template with numbers', 'el.textContent = `Opponent ${n} of 6`;'],
    ['words passed to a helper', "declare function notify(s: string): void;\nnotify('Settings apply for this visit.');"],
    ['a child of an element', "h('p', {}, 'Leads to ');"],
    ['quotation marks around words', 'declare const name: string;\nel.textContent = `“${name}”`;'],
    ['a list joined with a comma', "declare const names: string[];\nh('p', { text: names.join(', ') });"],
    ['a list joined with a semicolon', "declare const names: string[];\nel.textContent = names.join('; ');"],
  ])('fires on %s', async (_, code) => {
    expect(await wordsFound(code)).toBeGreaterThan(0);
    expect(await wordsFound(code, 'src/app/__probe__.ts')).toBeGreaterThan(0);
  });

  it('stays quiet on code that reads like words, and on words from the catalogue', async () => {
    const code = [
      "import { m } from '../i18n/index.ts';",
      "h('div', { class: 'field field--row', id: 'map-table', attrs: { type: 'button', 'aria-keyshortcuts': 'Enter Space', 'data-slot': 'slot 1' } });",
      "el.querySelector('#choices .choice button');",
      "el.classList.add('dialog--wide');",
      "if (key === 'Enter' || ['Tab', 'Shift'].includes(key)) console.warn('The stage could not start:', key);",
      "export const f = (s: string) => { if (s === 'not a code') throw new Error('Bad input here'); };",
      "h('button', { text: m().hud.menu });",
      "el.style.transform = `translate(${n}px, 0)`;",
      "declare const cells: string[];\nconst row = cells.join(',');",
      "h('p', { text: m().lists.items(['a', 'b']) });",
    ].join('\n');
    expect(await wordsFound(code)).toBe(0);
  });

  it('leaves tests alone', async () => {
    expect(await wordsFound("h('button', { text: 'Play again' });", 'src/ui/__probe__.test.ts')).toBe(0);
  });
});
