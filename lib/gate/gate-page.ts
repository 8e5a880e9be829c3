import { t } from '../i18n/t';
import { send } from '../messaging/send';

/**
 * The production gate's window (`gate.html?q=<id>`, opened by lib/background/production-gate.ts):
 * "Open Acme Production?" with Open and Cancel. Enter (Open has the focus) opens, Escape or Cancel
 * closes the window and nothing happens. Plain DOM: the window must show at once.
 */
export async function startGatePage(doc: Document): Promise<void> {
  const id = new URL(doc.location.href).searchParams.get('q') ?? '';
  const main = doc.getElementById('gate')!;
  doc.title = t('gateWindowTitle');
  const question = id ? await send({ type: 'getGateQuestion', id }).catch(() => null) : null;
  if (!question) {
    main.replaceChildren(paragraph(doc, t('gateGone')));
    return;
  }
  doc.title = question.title;
  const heading = doc.createElement('h1');
  heading.textContent = question.title;
  const open = button(doc, t('gateOpen'), 'btn btn--primary');
  const cancel = button(doc, t('gateCancel'), 'btn btn--secondary');
  const actions = doc.createElement('div');
  actions.className = 'actions';
  actions.append(cancel, open);
  main.replaceChildren(heading, paragraph(doc, t('gateBody', question.orgName)), actions);
  const win = doc.defaultView!;
  const answer = async (isOpen: boolean) => {
    open.disabled = cancel.disabled = true;
    const error = await send({ type: 'answerGate', id, open: isOpen }).then(
      () => null,
      (failed: unknown) => failed as { message: string },
    );
    // The background closes the window; one it could not close (or an error to read) stays.
    if (!error) win.close();
    else main.replaceChildren(paragraph(doc, error.message));
  };
  open.addEventListener('click', () => void answer(true));
  cancel.addEventListener('click', () => void answer(false));
  doc.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    void answer(false);
  });
  open.focus();
}

function paragraph(doc: Document, text: string): HTMLParagraphElement {
  const element = doc.createElement('p');
  element.textContent = text;
  return element;
}

function button(doc: Document, text: string, className: string): HTMLButtonElement {
  const element = doc.createElement('button');
  element.type = 'button';
  element.className = className;
  element.textContent = text;
  return element;
}
