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

/** A batch's rows grouped per key, in the order of the keys (each key's rows in their order); a key without rows gets []. */
export function groupBy<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key)!);
}

/** A batch's rows one per key, in the order of the keys; a key without a row gets undefined. */
export function oneBy<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): (V | undefined)[] {
  const byKey = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => byKey.get(key));
}
