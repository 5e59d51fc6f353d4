// The privacy statement (title screen, "Privacy"): the guide's own section, so the game and
// docs/teacher-guide.md say the same thing.
import { openDialog, type DialogHandle } from '../kit/dialogs.ts';
import { h } from '../kit/dom.ts';
import { PRIVACY_SECTION, renderGuideSection } from './guide.ts';
import './teachers.css';
import { m } from '../../i18n/index.ts';

export function openPrivacy(): DialogHandle {
  const body = renderGuideSection(PRIVACY_SECTION);
  body.classList.add('prose', 'guide');
  return openDialog(m().privacy.title, body, h('p', { class: 'guide__note', text: m().privacy.clearNote }));
}
