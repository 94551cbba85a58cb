import type { ListResponse } from '@itc/shared';
import type { InfiniteData, QueryClient, QueryKey } from '@tanstack/react-query';

/**
 * Replaces one item in every cached page of the matching lists, so that a row changes in place
 * (e.g. its badge) instead of jumping away under the user's focus. The new fields go over the
 * old ones, so a list with more per row (the registrant of an employer) keeps them. The lists
 * are also marked stale, so they are fetched afresh the next time they are opened.
 */
export function replaceListItem<T extends { id: string }>(
  queryClient: QueryClient,
  queryKey: QueryKey,
  item: T,
): void {
  queryClient.setQueriesData<InfiniteData<ListResponse<T>>>({ queryKey }, (data) =>
    data
      ? {
          ...data,
          pages: data.pages.map((page) => ({
            ...page,
            items: page.items.map((existing) =>
              existing.id === item.id ? { ...existing, ...item } : existing,
            ),
          })),
        }
      : data,
  );
  void queryClient.invalidateQueries({ queryKey, refetchType: 'none' });
}
