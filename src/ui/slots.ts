// Named save slots: save the debate to slot 1-3 with a name (from the pause menu) and load one
// (from the title screen). Names are plain text: they only ever become text nodes.
import type { SlotId, SlotSummary } from '../debate/saves.ts';
import { MAX_SLOT_NAME } from '../debate/saves.ts';
import { formatTime, presetName } from './branch-map.ts';
import { openDialog, type DialogHandle } from './dialogs.ts';
import { clear, h, uniqueId } from './dom.ts';
import './replay.css';

export const NAMED_SLOTS = ['slot-1', 'slot-2', 'slot-3'] as const satisfies readonly SlotId[];

const slotNumber = (slot: SlotId) => slot.replace('slot-', '');

export function describeSlot(summary: SlotSummary | null): string {
  if (!summary) return 'Empty';
  const name = summary.name ? `“${summary.name}”` : 'Unnamed';
  const when = summary.savedAt !== null ? `saved ${formatTime(summary.savedAt)}` : '';
  if (summary.damaged) return [name, 'this save looks damaged', when].filter(Boolean).join(' · ');
  const where = `${presetName(summary.preset ?? 'full')}, after ${summary.decisions} ${summary.decisions === 1 ? 'decision' : 'decisions'}`;
  return [name, where, when].filter(Boolean).join(' · ');
}

export interface SaveSlotsActions {
  summary(slot: SlotId): SlotSummary | null;
  /** Returns null when saved, else the reason in plain words. */
  save(slot: SlotId, name: string): string | null;
}

export function openSaveSlots(suggestedName: string, actions: SaveSlotsActions): DialogHandle {
  const status = h('p', { class: 'slots__status', attrs: { role: 'status' } });
  const list = h('div', { class: 'slots' });
  const render = (focusSlot?: SlotId) => {
    clear(list);
    for (const slot of NAMED_SLOTS) {
      const summary = actions.summary(slot);
      const inputId = uniqueId(`slot-name-${slot}`);
      const input = h('input', {
        id: inputId,
        attrs: { type: 'text', maxlength: MAX_SLOT_NAME, value: summary?.name || suggestedName, autocomplete: 'off' },
      });
      const button = h('button', {
        class: 'primary',
        text: summary ? `Replace slot ${slotNumber(slot)} with this debate` : `Save to slot ${slotNumber(slot)}`,
        attrs: { type: 'button', 'data-slot': slot },
        on: {
          click: () => {
            const problem = actions.save(slot, input.value);
            status.textContent = problem ?? `Saved to slot ${slotNumber(slot)}.`;
            render(slot);
          },
        },
      });
      input.addEventListener('keydown', (event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          button.click();
        }
      });
      list.append(
        h(
          'fieldset',
          { class: 'field slot' },
          h('legend', { text: `Slot ${slotNumber(slot)}` }),
          h('p', { class: 'slot__summary', text: describeSlot(summary) }),
          h('div', { class: 'field' }, h('label', { text: 'Name', attrs: { for: inputId } }), input),
          button,
        ),
      );
      if (focusSlot === slot) button.focus();
    }
  };
  render();
  const dialog = openDialog('Save to a slot', h('p', { text: 'Give the save a name you will recognise. The autosave goes on as well.' }), list, status);
  (list.querySelector('input') as HTMLInputElement | null)?.focus();
  return dialog;
}

export interface LoadSlotsActions {
  summary(slot: SlotId): SlotSummary | null;
  load(slot: SlotId): void;
}

export function openLoadSlots(actions: LoadSlotsActions): DialogHandle {
  let dialog: DialogHandle | null = null;
  const list = h('ul', { class: 'slots slots--load' });
  for (const slot of NAMED_SLOTS) {
    const summary = actions.summary(slot);
    list.append(
      h(
        'li',
        { class: 'slot' },
        h('p', {}, h('strong', { text: `Slot ${slotNumber(slot)}: ` }), describeSlot(summary)),
        h('button', {
          text: `Load slot ${slotNumber(slot)}`,
          attrs: { type: 'button', disabled: !summary, 'data-slot': slot },
          on: {
            click: () => {
              dialog?.close();
              actions.load(slot);
            },
          },
        }),
      ),
    );
  }
  dialog = openDialog('Load a saved debate', list);
  (list.querySelector('button:not([disabled])') as HTMLButtonElement | null)?.focus();
  return dialog;
}
