import { Navigate, useLocation } from '@solidjs/router';
import { Match, Switch } from 'solid-js';
import OverviewPage from '../features/plan/OverviewPage';
import { createMeQuery } from './auth';
import { tr } from './lang';
import { token } from './session';

/** Set by the nav's 「計画の概要」 link: the overview asked for by name, not a landing on the portal. */
export const OVERVIEW_STATE = { overview: true } as const;

/**
 * `/`: municipal and prefecture staff land on やること (what is expected of them, issue 15); council members
 * and the public keep the plan overview, which staff still reach through the nav's 「計画の概要」.
 */
export default function Home() {
  const me = createMeQuery();
  const location = useLocation<{ overview?: boolean }>();
  const staff = () => me.data?.role === 'municipal_staff' || me.data?.role === 'prefecture_admin' || me.data?.role === 'prefecture_staff';
  return (
    <Switch fallback={<OverviewPage />}>
      <Match when={location.state?.overview}>
        <OverviewPage />
      </Match>
      {/* Until the role is known, neither page: the overview must not flash before the tasks. */}
      <Match when={token() && me.isPending}>
        <p role="status">{tr('読み込んでいます…', 'Loading…')}</p>
      </Match>
      <Match when={staff()}>
        <Navigate href="/tasks" />
      </Match>
    </Switch>
  );
}
