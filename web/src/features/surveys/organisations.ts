import { createQuery } from '@tanstack/solid-query';
import type { Organisation } from '../../../../shared/org/organisation';
import { getAllPages } from '../../app/api';
import { organisationKeys } from '../../app/query-keys';

/** The prefecture and its municipalities, under the key and in the shape every page that names them keeps. */
export const createOrganisationsQuery = () =>
  createQuery(() => ({
    queryKey: organisationKeys.all,
    queryFn: () => getAllPages<Organisation>('/api/organisations?limit=100'),
    staleTime: 60 * 60_000,
  }));
