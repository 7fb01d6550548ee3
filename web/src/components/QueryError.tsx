import { Show } from 'solid-js';
import { ApiError } from '../api';

/** An error as a person should read it: the API's own message, in Japanese with the English beneath. */
export function QueryError(props: { error: unknown }) {
  const text = () =>
    props.error instanceof ApiError
      ? props.error.text
      : { ja: '読み込みに失敗しました。ページを再読み込みしてください。', en: 'Loading failed. Reload the page.' };
  return (
    <Show when={props.error}>
      <div class="notice error" role="alert">
        <p>{text().ja}</p>
        <p lang="en">{text().en}</p>
      </div>
    </Show>
  );
}

export function Loading(props: { what: string }) {
  return <p role="status">{props.what}を読み込んでいます…</p>;
}
