// Per-request DataLoaders, kept on the GraphQL context so nested fields batch into one query per kind.
import DataLoader from 'dataloader';

export interface LoaderContext {
  loaders?: Map<string, DataLoader<unknown, unknown>>;
}

/** The request's loader named `name`, created with `batch` on first use. */
export function requestLoader<K, V>(context: LoaderContext, name: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
  context.loaders ??= new Map();
  let loader = context.loaders.get(name) as DataLoader<K, V> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V>(batch);
    context.loaders.set(name, loader as DataLoader<unknown, unknown>);
  }
  return loader;
}
