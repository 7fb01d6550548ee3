import { useBeforeLeave } from '@solidjs/router';
import { onCleanup, onMount } from 'solid-js';
import { tr } from '../../app/lang';

/**
 * Nothing typed is lost by a stray click: leaving the page (a link, or closing the tab) with unsaved changes asks
 * first. The browser's own question for a closing tab; the router's for a link inside the portal.
 */
export function useUnsavedWarning(dirty: () => boolean) {
  const onUnload = (e: BeforeUnloadEvent) => {
    if (!dirty()) return;
    e.preventDefault();
    e.returnValue = '';
  };
  onMount(() => window.addEventListener('beforeunload', onUnload));
  onCleanup(() => window.removeEventListener('beforeunload', onUnload));
  useBeforeLeave((e) => {
    if (!dirty() || e.defaultPrevented) return;
    e.preventDefault();
    if (window.confirm(tr('保存していない変更があります。このページを離れますか？', 'You have unsaved changes. Leave this page?'))) e.retry(true);
  });
}
