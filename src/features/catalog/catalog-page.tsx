import type { UseQueryResult } from '@tanstack/react-query';
import { describeError } from '../../api/errors';
import { ErrorView } from '../../components/error-view';
import { PageLoading } from '../../components/page-loading';
import '../../components/list-header.css';
import './catalog.css';

interface CatalogPageProps<T extends { name: string }> {
  /** "artist", "album": what the loading and error messages name. */
  noun: string;
  query: UseQueryResult<T>;
  children: (data: T) => React.ReactNode;
}

/** An artist's or album's page frame: its title, and the loading and error states. */
export function CatalogPage<T extends { name: string }>({
  noun,
  query,
  children,
}: CatalogPageProps<T>) {
  const Noun = noun.charAt(0).toUpperCase() + noun.slice(1);
  return (
    <main className="page" id="main">
      <title>{`${query.data?.name ?? Noun} · Spotify Library Manager`}</title>
      {query.isPending ? (
        <PageLoading label={`Loading the ${noun}…`} />
      ) : query.error ? (
        <>
          <h1>{Noun}</h1>
          <ErrorView
            title={`This ${noun} could not be loaded`}
            message={describeError(query.error)}
            onRetry={() => void query.refetch()}
          />
        </>
      ) : (
        children(query.data)
      )}
    </main>
  );
}
