// The player's hand while the others speak: Motaharnia's eight counterpoints, face up and dimmed,
// in the place where the moves will appear. It keeps the bottom of the screen the size the moves
// need (so the picture never changes size) and lets the player read their cards while they listen.
// A preview for the eyes (aria-hidden): the moves themselves, and Sources, say the same in words.
import type { CastSheet } from '../../debate/core/cast.ts';
import { CARDS } from '../../debate/core/contract.ts';
import { clear, h } from '../kit/dom.ts';
import { m } from '../../i18n/index.ts';

export function showHand(root: HTMLElement, cast: CastSheet): void {
  clear(root);
  root.setAttribute('aria-hidden', 'true');
  const list = h('ul', { class: 'hand__cards' });
  for (const id of CARDS) {
    const card = cast.cards[id];
    if (!card) continue;
    list.append(h('li', { class: 'hand__card' }, h('span', { class: 'hand__name', text: card.name }), h('span', { class: 'hand__point', text: card.point })));
  }
  root.append(h('p', { class: 'hand__title' }, h('strong', { text: m().words.hand }), ' ', h('span', { text: m().words.handNote })), list);
}
