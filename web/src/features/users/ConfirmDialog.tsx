import { createEffect } from 'solid-js';
import { tr } from '../../app/lang';

interface Props {
  open: boolean;
  title: string;
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asks before an action that locks a person out or changes how they sign in. A native modal dialog: it keeps
 * the keyboard focus inside, Escape cancels, and the focus returns to the button that opened it.
 */
export function ConfirmDialog(props: Props) {
  let dialog!: HTMLDialogElement;
  createEffect(() => {
    if (props.open && !dialog.open) dialog.showModal();
    if (!props.open && dialog.open) dialog.close();
  });
  return (
    <dialog ref={dialog} class="confirm" aria-labelledby="confirm-title" aria-describedby="confirm-message" onCancel={(e) => { e.preventDefault(); props.onCancel(); }}>
      <h2 id="confirm-title">{props.title}</h2>
      <p id="confirm-message">{props.message}</p>
      <div class="actions">
        <button type="button" onClick={() => props.onConfirm()}>{props.confirmLabel}</button>
        <button type="button" class="secondary" onClick={() => props.onCancel()}>{tr('やめる', 'Cancel')}</button>
      </div>
    </dialog>
  );
}
