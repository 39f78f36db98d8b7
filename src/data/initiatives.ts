/** The embedded initiative catalogue, fetched and validated. */
import { queryOptions } from '@tanstack/react-query';
import { initiativesFileSchema } from '../model/initiatives/types';
import { dataKeys, fetchValid } from './queries';

export function initiativesQuery() {
  return queryOptions({
    queryKey: [...dataKeys.all, 'initiatives'] as const,
    queryFn: async ({ signal }) => (await fetchValid('initiatives.json', initiativesFileSchema, signal)).initiatives,
    staleTime: Infinity,
  });
}
