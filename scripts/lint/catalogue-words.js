// ESLint rule `round-table/words-from-catalogue`: the views (src/ui, src/app, src/game) take every
// word a player sees from the message catalogue (src/i18n), so a second language is a catalogue,
// not a hunt through the code. It reports a string or template literal that reads as words: two
// words in a row ("Play again"), or one capitalised word ("Close"). Literals that are not shown
// are left alone: imports, CSS classes and selectors, element ids, attribute and event names,
// comparisons, keys of objects, console and Error messages (for developers), type positions.

/** Two words in a row, or one capitalised word (with its punctuation). */
const WORDS = /[A-Za-z]{2,}[,.;:!?…’']*\s+[A-Za-z“"(]|^\s*[A-Z][a-z]+[.:!?…]?\s*$/;

/**
 * Quotation marks, which differ by language (“…” in English, «…» in Persian): a literal that writes
 * them around words puts one language's punctuation on every page (the catalogue's `lists.quoted`).
 */
const QUOTES = /[“”«»]/;

/** A comma or semicolon joining a list shown to a player: Persian writes ، and ؛ (`lists.items`, `lists.groups`). */
const LIST_JOINER = /^[,;]\s+$/;

/** KeyboardEvent key and code names, which read like words. */
const KEY_NAMES = /^(Enter|Tab|Shift|Control|Alt|Meta|CapsLock|Escape|Backspace|Delete|Home|End|PageUp|PageDown|Arrow(Up|Down|Left|Right)|Space|NumpadEnter|Digit|Numpad|Key[A-Z])$/;

/** Properties and attributes whose values are never shown as words. */
const UNSEEN_KEYS = new Set([
  'class', 'className', 'id', 'type', 'role', 'name', 'for', 'href', 'rel', 'target', 'method',
  'autocomplete', 'inputmode', 'spellcheck', 'viewBox', 'd', 'transform', 'fill', 'stroke',
  'aria-keyshortcuts', 'aria-hidden', 'aria-live', 'aria-controls', 'aria-describedby', 'aria-labelledby',
  'aria-haspopup', 'aria-expanded', 'aria-pressed', 'text-anchor', 'dominant-baseline', 'font', 'fontFamily',
  'mode', 'key', 'scene', 'accept', 'value', 'lang', 'dir', 'media', 'sizes', 'src',
]);

/** Calls whose string arguments are code, not words. */
const CODE_CALLS = new Set([
  'querySelector', 'querySelectorAll', 'closest', 'matches', 'getElementById', 'getElementsByClassName',
  'addEventListener', 'removeEventListener', 'createElement', 'createElementNS', 'setProperty',
  'getPropertyValue', 'matchMedia', 'add', 'remove', 'toggle', 'contains', 'getAttribute', 'hasAttribute',
  'removeAttribute', 'toggleAttribute', 'start', 'switchTo', 'launch', 'stop', 'get', 'has', 'mark', 'measure',
  'postMessage', 'import', 'svg', 'h', 'require', 'toLocaleString', 'replaceSync', 'insertRule',
]);

function calleeName(call) {
  const callee = call.callee;
  if (callee.type === 'Identifier') return callee.name;
  if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier') return callee.property.name;
  return null;
}

function calleeObject(call) {
  const callee = call.callee;
  return callee.type === 'MemberExpression' && callee.object.type === 'Identifier' ? callee.object.name : null;
}

function propertyKey(property) {
  if (property.computed) return null;
  if (property.key.type === 'Identifier') return property.key.name;
  if (property.key.type === 'Literal') return String(property.key.value);
  return null;
}

/** Whether the literal at `node` is code rather than words a player reads. */
function unseen(node) {
  let child = node;
  let parent = node.parent;
  // A literal inside a template (`${cond ? 'a b' : ''}`) or a conditional is judged by where the whole goes.
  while (parent && (parent.type === 'ConditionalExpression' || parent.type === 'LogicalExpression' || parent.type === 'TemplateLiteral' || parent.type === 'TSAsExpression')) {
    if (parent.type === 'ConditionalExpression' && parent.test === child) return true;
    child = parent;
    parent = parent.parent;
  }
  if (!parent) return false;
  switch (parent.type) {
    case 'ImportDeclaration':
    case 'ImportExpression':
    case 'ExportNamedDeclaration':
    case 'ExportAllDeclaration':
    case 'TSLiteralType':
    case 'TSEnumMember':
    case 'TSPropertySignature':
    case 'SwitchCase':
      return true;
    case 'BinaryExpression':
      return ['===', '!==', '==', '!=', 'in', 'instanceof'].includes(parent.operator);
    case 'Property':
      if (parent.key === child) return true;
      return UNSEEN_KEYS.has(propertyKey(parent) ?? '') || /^data-/.test(propertyKey(parent) ?? '');
    case 'MemberExpression':
      return parent.property === child;
    case 'NewExpression':
      return parent.callee.type === 'Identifier' && /Error$|^(RegExp|URL|Intl\.\w+)$/.test(parent.callee.name);
    case 'ThrowStatement':
      return true;
    case 'CallExpression': {
      if (parent.callee === child || parent.callee.type === 'Super') return true; // super('Title'): a scene key
      const name = calleeName(parent);
      const object = calleeObject(parent);
      if (object === 'console') return true;
      if (name === 'setAttribute') return parent.arguments[0] === child || !['aria-label', 'title', 'alt', 'placeholder', 'aria-valuetext', 'aria-roledescription'].includes(parent.arguments[0]?.value);
      if (name === 'h' || name === 'svg') return parent.arguments[0] === child; // the tag; words passed as children are seen
      return name !== null && CODE_CALLS.has(name);
    }
    case 'AssignmentExpression': {
      const target = parent.left;
      const key = target.type === 'MemberExpression' && !target.computed && target.property.type === 'Identifier' ? target.property.name : '';
      return ['className', 'id', 'href', 'src', 'type', 'name', 'value', 'cssText', 'hash', 'search'].includes(key) || /^(dataset|style)$/.test(target.object?.property?.name ?? target.object?.name ?? '');
    }
    default:
      return false;
  }
}

export const wordsFromCatalogue = {
  meta: {
    type: 'problem',
    docs: { description: 'Words a player sees come from the message catalogue (src/i18n), not string literals in views.' },
    messages: {
      literal: 'Player-visible words belong in the message catalogue (src/i18n/en.ts): "{{text}}".',
      joiner: 'Lists shown to a player are joined by the catalogue (m().lists.items or groups), in the page language’s punctuation: "{{text}}".',
    },
    schema: [],
  },
  create(context) {
    const report = (node, text) => {
      if (KEY_NAMES.test(text.trim())) return;
      if ((WORDS.test(text) || QUOTES.test(text)) && !unseen(node)) context.report({ node, messageId: 'literal', data: { text: text.length > 60 ? `${text.slice(0, 57)}…` : text } });
      else if (LIST_JOINER.test(text) && node.parent?.type === 'CallExpression' && calleeName(node.parent) === 'join') context.report({ node, messageId: 'joiner', data: { text } });
    };
    return {
      Literal(node) {
        if (typeof node.value === 'string') report(node, node.value);
      },
      TemplateLiteral(node) {
        if (node.parent?.type === 'TaggedTemplateExpression') return;
        report(node, node.quasis.map((q) => q.value.cooked ?? '').join(' '));
      },
    };
  },
};

export default { rules: { 'words-from-catalogue': wordsFromCatalogue } };
