import { useEffect, useRef } from 'preact/hooks';
import { createUrlWriter, type UrlSchema, type UrlStateOf } from './urlState';

/**
 * Writes the state into the address bar (debounced replaceState) whenever it changes after the
 * first render; the first render never writes, so loading a page leaves its URL alone.
 */
export function useUrlWriter<S extends UrlSchema>(
  schema: S,
  state: UrlStateOf<S>,
  prefix: string,
  delayMs = 250,
): void {
  const writer = useRef<ReturnType<typeof createUrlWriter> | null>(null);
  const first = useRef(true);
  useEffect(() => {
    writer.current = createUrlWriter(delayMs);
    return () => writer.current?.flush();
  }, [delayMs]);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    writer.current?.schedule(schema, state, prefix);
  }, [schema, state, prefix]);
}
