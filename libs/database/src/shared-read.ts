/**
 * A read that callers close together share: the first call runs `read`, calls within `withinMs`
 * of it get the same promise (a metrics scrape asks every gauge, each would read the same rows).
 * A failed read is forgotten at once, so the next call tries again.
 */
export function sharedRead<T>(read: () => Promise<T>, withinMs: number): () => Promise<T> {
  let shared: { readonly at: number; readonly value: Promise<T> } | undefined;
  return () => {
    const now = Date.now();
    if (shared === undefined || now - shared.at > withinMs) {
      const value = read();
      shared = { at: now, value };
      value.catch(() => {
        if (shared?.value === value) shared = undefined;
      });
    }
    return shared.value;
  };
}
