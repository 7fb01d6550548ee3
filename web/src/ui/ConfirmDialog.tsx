import { createEffect, createUniqueId } from 'solid-js';
import { tr } from '../app/lang';

interface Props {
  open: boolean;
  title: string;
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asks before a step that cannot be taken back (disabling a person, sending a survey to every municipality asked).
 * A native modal dialog: it keeps the keyboard focus inside, Escape cancels, and the focus returns to the button
 * that opened it.
 */
export function ConfirmDialog(props: Props) {
  let dialog!: HTMLDialogElement;
  // Unique, so that two dialogs of one page (an editor's send and close) never share a label.
  const id = createUniqueId();
  createEffect(() => {
    if (props.open && !dialog.open) dialog.showModal();
    if (!props.open && dialog.open) dialog.close();
  });
  return (
    <dialog ref={dialog} class="confirm" aria-labelledby={`confirm-title-${id}`} aria-describedby={`confirm-message-${id}`} onCancel={(e) => { e.preventDefault(); props.onCancel(); }}>
      <h2 id={`confirm-title-${id}`}>{props.title}</h2>
      <p id={`confirm-message-${id}`}>{props.message}</p>
      <div class="actions">
        <button type="button" onClick={() => props.onConfirm()}>{props.confirmLabel}</button>
        <button type="button" class="secondary" onClick={() => props.onCancel()}>{tr('やめる', 'Cancel')}</button>
      </div>
    </dialog>
  );
}
