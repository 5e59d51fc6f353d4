// The privacy statement (title screen, "Privacy"): the guide's own section, in the page's language,
// so the game and docs/teacher-guide.md (and its Persian mirror) say the same thing.
import { openDialog, type DialogHandle } from '../kit/dialogs.ts';
import { h } from '../kit/dom.ts';
import { loadGuide, PRIVACY_SECTION, renderGuideSection } from './guide.ts';
import './teachers.css';
import { m } from '../../i18n/index.ts';

export async function openPrivacy(): Promise<DialogHandle> {
  const body = renderGuideSection(await loadGuide(m().documents.lang), PRIVACY_SECTION);
  body.classList.add('prose', 'guide');
  return openDialog(m().privacy.title, body, h('p', { class: 'guide__note', text: m().privacy.clearNote }));
}
