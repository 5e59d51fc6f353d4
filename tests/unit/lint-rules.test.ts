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
    ['a view loading the story', 'src/ui/__probe__.ts', "import used from '../../story/main.ink';"],
    ['a view holding the engine itself', 'src/ui/__probe__.ts', "import { DebateEngine as used } from '../debate/engine.ts';"],
    ['a scene reaching into the DOM layer', 'src/game/__probe__.ts', "import { h as used } from '../ui/dom.ts';"],
    ['a view reaching back into the wiring', 'src/ui/__probe__.ts', "import { start as used } from '../app/start.ts';"],
    ['the platform importing a view', 'src/platform/__probe__.ts', "import { h as used } from '../ui/dom.ts';"],
    ['the engine importing the platform', 'src/debate/__probe__.ts', "import { MemoryStore as used } from '../platform/storage.ts';"],
    ['the engine importing a view', 'src/debate/__probe__.ts', "import { h as used } from '../ui/dom.ts';"],
  ])('refuses %s', async (_, file, code) => {
    const fired = await importRulesFiredOn(file, code);
    expect(fired.filter((id) => id.startsWith('fatal'))).toEqual([]);
    expect(fired.some((id) => restricted.includes(id))).toBe(true);
  });

  it.each([
    ['a view naming the engine’s type', 'src/ui/__probe__.ts', "import type { DebateEngine as used } from '../debate/engine.ts';"],
    ['a view using the shared cast', 'src/ui/__probe__.ts', "import { STANCES as used } from '../debate/contract.ts';"],
    ['the platform implementing a port', 'src/platform/__probe__.ts', "import type { KeyValueStore as used } from '../debate/ports.ts';"],
  ])('allows %s', async (_, file, code) => {
    expect(await importRulesFiredOn(file, code)).toEqual([]);
  });
});
