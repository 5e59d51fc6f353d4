// Named save slots: save the debate to slot 1-3 with a name (from the pause menu); and "Saved
// debates" (title screen): load a slot, download any save, bring one in from a file, and see,
// download or delete what was set aside. Names are plain text: they only ever become text nodes.
import type { AsideCopy } from '../../debate/persistence/aside.ts';
import type { SlotId, SlotSummary } from '../../debate/persistence/saves.ts';
import { MAX_SLOT_NAME } from '../../debate/persistence/saves.ts';
import { formatTime, presetName } from './branch-map/words.ts';
import { openDialog, type DialogHandle } from '../kit/dialogs.ts';
import { clear, h, uniqueId } from '../kit/dom.ts';
import '../kit/keeping.css';
import './branches.css';
import { m } from '../../i18n/index.ts';

export const NAMED_SLOTS = ['slot-1', 'slot-2', 'slot-3'] as const satisfies readonly SlotId[];

const slotNumber = (slot: SlotId) => slot.replace('slot-', '');

export function describeSlot(summary: SlotSummary | null): string {
  if (!summary) return m().slots.empty;
  const name = summary.slot === 'auto' ? '' : summary.name ? m().lists.quoted(summary.name) : m().slots.unnamed;
  const when = summary.savedAt !== null ? m().slots.saved(formatTime(summary.savedAt)) : '';
  if (summary.damaged) return m().lists.parts([name, m().slots.damaged, when].filter(Boolean));
  const where = m().slots.where(presetName(summary.preset ?? 'full'), summary.decisions ?? 0);
  return m().lists.parts([name, where, when].filter(Boolean));
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
        text: summary ? m().slots.replaceSlot(slotNumber(slot)) : m().slots.saveToSlot(slotNumber(slot)),
        attrs: { type: 'button', 'data-slot': slot },
        on: {
          click: () => {
            const problem = actions.save(slot, input.value);
            status.textContent = problem ?? m().slots.savedToSlot(slotNumber(slot));
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
          h('legend', { text: m().slots.slot(slotNumber(slot)) }),
          h('p', { class: 'slot__summary', text: describeSlot(summary) }),
          h('div', { class: 'field' }, h('label', { text: m().slots.name, attrs: { for: inputId } }), input),
          button,
        ),
      );
      if (focusSlot === slot) button.focus();
    }
  };
  render();
  const dialog = openDialog(m().slots.title, h('p', { text: m().slots.help }), list, status);
  (list.querySelector('input') as HTMLInputElement | null)?.focus();
  return dialog;
}

export interface SavedDebatesView {
  summary(slot: SlotId): SlotSummary | null;
  /** Every set-aside copy, newest first. */
  aside(): AsideCopy[];
  /** Why a copy could not be used, in words (null when it reads fine now). */
  asideReason(copy: AsideCopy): string | null;
  /** How many finished debates the record holds (what "free space" can remove). */
  finishedRuns(): number;
}

export interface SavedDebatesActions {
  load(slot: SlotId): void;
  /** Downloads a slot's save as a file; false when there was nothing to download. */
  exportSlot(slot: SlotId): boolean;
  /** Reads a picked save file and plays it; resolves to the reason it was refused, or null. */
  importFile(file: File): Promise<string | null>;
  downloadAside(copy: AsideCopy): void;
  deleteAside(copy: AsideCopy): boolean;
  /** Removes older finished debates from the record; resolves to how many went. */
  removeOldRuns(): number;
}


/**
 * "Saved debates": the named slots to load, every save to download (to move to another computer),
 * a save file to bring in, whatever was set aside (to download or delete), and room to free.
 */
export function openSavedDebates(view: SavedDebatesView, actions: SavedDebatesActions, focus?: 'space'): DialogHandle {
  let dialog: DialogHandle | null = null;
  const status = h('p', { class: 'slots__status', attrs: { role: 'status' } });
  const slots = h('ul', { class: 'slots slots--load' });
  const asideList = h('ul', { class: 'saved__list' });
  const space = h('div', { class: 'saved__space' });

  const renderSlots = () => {
    clear(slots);
    for (const slot of ['auto', ...NAMED_SLOTS] as const) {
      const summary = view.summary(slot);
      const title = slot === 'auto' ? m().slots.autosaveHeading : m().slots.slotHeading(slotNumber(slot));
      slots.append(
        h(
          'li',
          { class: 'slot' },
          h('p', {}, h('strong', { text: title }), describeSlot(summary)),
          h(
            'div',
            { class: 'saved__buttons' },
            slot === 'auto'
              ? null
              : h('button', {
                  text: m().slots.loadSlot(slotNumber(slot)),
                  attrs: { type: 'button', disabled: !summary, 'data-slot': slot },
                  on: {
                    click: () => {
                      dialog?.close();
                      actions.load(slot);
                    },
                  },
                }),
            h('button', {
              text: m().savedDebates.exportSlot(m().slots.exportLabel[slot]),
              attrs: { type: 'button', disabled: !summary, 'data-export': slot },
              on: { click: () => void actions.exportSlot(slot) },
            }),
          ),
        ),
      );
    }
  };

  const renderAside = () => {
    clear(asideList);
    const copies = view.aside();
    if (copies.length === 0) asideList.append(h('li', { text: m().savedDebates.asideNone }));
    for (const copy of copies) {
      const item = h(
        'li',
        { class: 'saved__item', attrs: { 'data-aside': copy.key } },
        h(
          'p',
          {},
          h('strong', { text: `${m().savedDebates.asideFrom(copy.from)}` }),
          ` · ${m().savedDebates.asideWhen(copy.at !== null ? formatTime(copy.at) : null, copy.size)}`,
          h('br'),
          h('span', { class: 'saved__why', text: m().savedDebates.asideWhy(view.asideReason(copy)) }),
        ),
        h(
          'div',
          { class: 'saved__buttons' },
          h('button', { text: m().savedDebates.download, attrs: { type: 'button' }, on: { click: () => actions.downloadAside(copy) } }),
          h('button', {
            text: m().savedDebates.delete,
            attrs: { type: 'button' },
            on: {
              click: () => {
                status.textContent = actions.deleteAside(copy) ? m().savedDebates.deleted : m().savedDebates.deleteFailed;
                renderAside();
                (asideList.querySelector('button') as HTMLButtonElement | null)?.focus();
              },
            },
          }),
        ),
      );
      asideList.append(item);
    }
  };

  const renderSpace = () => {
    clear(space);
    const finished = view.finishedRuns();
    space.append(
      h('p', { text: m().savedDebates.spaceHelp(finished) }),
      h('button', {
        text: m().savedDebates.removeOldRuns,
        attrs: { type: 'button', disabled: finished <= 20, 'data-free-space': '' },
        on: {
          click: () => {
            status.textContent = m().savedDebates.removedRuns(actions.removeOldRuns());
            renderSpace();
          },
        },
      }),
    );
  };

  const inputId = uniqueId('import-save');
  const input = h('input', {
    id: inputId,
    attrs: { type: 'file', accept: '.json,application/json' },
    on: {
      change: () => {
        const file = input.files?.[0];
        if (!file) return;
        void actions.importFile(file).then((problem) => {
          input.value = '';
          if (problem === null) dialog?.close();
          else status.textContent = problem;
        });
      },
    },
  });

  renderSlots();
  renderAside();
  renderSpace();
  dialog = openDialog(
    m().savedDebates.savedTitle,
    slots,
    h(
      'section',
      { class: 'saved__section', attrs: { 'aria-labelledby': `${inputId}-heading` } },
      h('h3', { id: `${inputId}-heading`, text: m().savedDebates.importTitle }),
      h('p', { text: m().savedDebates.importHelp }),
      h('div', { class: 'field' }, h('label', { attrs: { for: inputId }, text: m().savedDebates.importChoose }), input),
    ),
    h('section', { class: 'saved__section', attrs: { 'aria-labelledby': `${inputId}-aside` } }, h('h3', { id: `${inputId}-aside`, text: m().savedDebates.asideTitle }), h('p', { text: m().savedDebates.asideHelp }), asideList),
    h('section', { class: 'saved__section', attrs: { 'aria-labelledby': `${inputId}-space` } }, h('h3', { id: `${inputId}-space`, text: m().savedDebates.spaceTitle }), space),
    status,
  );
  const first = focus === 'space' ? space.querySelector<HTMLElement>('button:not([disabled])') ?? asideList.querySelector<HTMLElement>('button') : null;
  (first ?? slots.querySelector<HTMLElement>('button:not([disabled])') ?? input).focus();
  return dialog;
}
