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
