// The little storage interface progress needs; a Memento fits it, so does a Map in tests.
export interface KeyValueStorage {
  get(key: string): unknown;
  update(key: string, value: unknown): PromiseLike<void>;
}

export function memoryStorage(initial: Record<string, unknown> = {}): KeyValueStorage & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    get: (k) => data[k],
    async update(k, v) {
      data[k] = v;
    },
  };
}
