import { createQuery } from '@tanstack/solid-query';
import type { Organisation } from '../../../../shared/org/organisation';
import { getAllPages } from '../../app/api';
import { lang } from '../../app/lang';
import { organisationKeys } from '../../app/query-keys';

/** The prefecture and its municipalities (a few dozen; they change once in years). */
export const createOrganisationsQuery = () =>
  createQuery(() => ({
    queryKey: organisationKeys.all,
    queryFn: () => getAllPages<Organisation>('/api/organisations?limit=100'),
    staleTime: 60 * 60_000,
  }));

/** A municipality's name in the chosen language from the list, or its code while the list loads. */
export const nameOf = (organisations: readonly Organisation[] | undefined, code: string) => {
  const org = organisations?.find((o) => o.code === code);
  return org ? (lang() === 'en' ? org.nameEn || org.name : org.name) : code;
};
