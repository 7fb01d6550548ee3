import { useSearchParams } from '@solidjs/router';
import { createPlanQuery, createPlansQuery } from './queries';

/**
 * The plan and fiscal year a page shows: from the URL (?plan=&fy=) so a link
 * or a reload shows the same thing, else the first plan and its latest year.
 */
export function usePlanYear() {
  const [params, setParams] = useSearchParams<{ plan?: string; fy?: string }>();
  const plans = createPlansQuery();
  const planId = () => params.plan || plans.data?.items[0]?.id;
  const plan = createPlanQuery(planId);
  const years = () => plan.data?.plan.years ?? [];
  const fy = () => {
    const asked = Number(params.fy);
    return years().includes(asked) ? asked : years().at(-1);
  };
  return {
    plans,
    plan,
    planId,
    fy,
    years,
    scheme: () => plan.data?.plan.ratingScheme,
    /** The shown year's publication record; undefined while it is 作成中 (shared/plan/publication.ts). */
    publication: () => {
      const year = fy();
      return year === undefined ? undefined : plan.data?.plan.publications?.[String(year)];
    },
    setFy: (year: number) => setParams({ fy: String(year) }),
  };
}
