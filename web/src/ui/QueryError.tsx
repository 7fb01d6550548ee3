import { Show } from 'solid-js';
import { ApiError } from '../app/api';
import { lang, tr } from '../app/lang';

/** An error as a person should read it: the API's own message, in Japanese with the English beneath. */
export function QueryError(props: { error: unknown }) {
  const text = () =>
    props.error instanceof ApiError
      ? props.error.text
      : { ja: '読み込みに失敗しました。ページを再読み込みしてください。', en: 'Loading failed. Reload the page.' };
  return (
    <Show when={props.error}>
      {/* The chosen language first; the other beneath, for a colleague who reads it better. */}
      <div class="notice error" role="alert">
        <p>{lang() === 'en' ? text().en : text().ja}</p>
        <p lang={lang() === 'en' ? 'ja' : 'en'}>{lang() === 'en' ? text().ja : text().en}</p>
      </div>
    </Show>
  );
}

export function Loading(props: { what: string }) {
  return <p role="status">{tr(`${props.what}を読み込んでいます…`, 'Loading…')}</p>;
}
