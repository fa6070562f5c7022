// A job is named once, by the domain that owns it, as a JobRef: producers enqueue through it (typed
// data), the worker finds its handler by it, and the boot checks count its handlers.
export interface JobRef<T> {
  readonly queue: string;
  readonly name: string;
  /** Only carries the data type. */
  readonly data?: T;
}

export function defineJob<T>(queue: string, name: string): JobRef<T> {
  if (!/^[a-z][a-z0-9-]{0,63}$/.test(queue) || !/^[a-z][a-z0-9-]{0,63}$/.test(name))
    throw new Error(`job names are lower-case words with dashes: ${queue}:${name}`);
  return { queue, name };
}

/** `queue:name`, how boot errors and logs name a job. */
export function jobKey(ref: { queue: string; name: string }): string {
  return `${ref.queue}:${ref.name}`;
}
