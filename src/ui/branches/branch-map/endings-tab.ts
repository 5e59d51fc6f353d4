// The endings tab, a gallery: found endings say how often and from which runs (numbered as in
// Compare runs), with "See it again"; the others show the story's hint of how a debate gets there,
// never the path.
import { m } from '../../../i18n/index.ts';
import { h } from '../../kit/dom.ts';
import type { TabContext } from './tab.ts';
import { formatTime } from './words.ts';

export function renderEndingsTab(panel: HTMLElement, ctx: TabContext): void {
  const { data } = ctx;
  const found = data.endings.filter((e) => e.runs > 0).length;
  const gallery = h('ul', { class: 'endings-gallery' });
  for (const ending of data.endings) {
    const got = ending.runs > 0;
    const reaching = data.runs.flatMap((r, i) => (r.ending === ending.id ? [{ run: r, n: i + 1 }] : []));
    const latest = reaching.at(-1)?.run;
    gallery.append(
      h(
        'li',
        { class: `ending-card${got ? ' ending-card--found' : ' ending-card--locked'}`, attrs: { 'data-ending': ending.id, 'data-found': String(got) } },
        h('span', { class: 'ending-card__mark', attrs: { 'aria-hidden': 'true' }, text: got ? '★' : '?' }),
        h('strong', { class: 'ending-card__title', text: got ? ending.title : m().map.notFound }),
        got || !ending.hint ? h('span', { class: 'ending-card__runs', text: got ? m().map.reached(ending.runs) : m().map.noRunYet }) : null,
        reaching.length
          ? h('span', { class: 'ending-card__which', text: m().map.reachedWhen(reaching.slice(-3).map(({ run, n }) => m().map.runName(n, formatTime(run.updatedAt)))) })
          : null,
        !got && ending.hint ? h('span', { class: 'ending-card__hint', text: m().map.hint(ending.hint) }) : null,
        latest
          ? h('button', {
              class: 'icon-button',
              text: m().map.seeEnding,
              attrs: { type: 'button', 'aria-label': m().map.seeEndingLong(ending.title) },
              on: {
                click: () => {
                  ctx.close();
                  ctx.actions.jump(latest, latest.path);
                },
              },
            })
          : null,
      ),
    );
  }
  panel.append(h('p', { text: m().map.foundCount(found, data.endings.length) }), gallery);
}
