import { createHash } from 'node:crypto';
import type { QueryConfig } from 'pg';

const names = new Map<string, string>();

/**
 * A read asked again and again (a board, a list, a ranking) as a statement prepared once per
 * connection, named after its text: PostgreSQL plans it at its first runs on the connection and
 * keeps a generic plan from then on when that plan is no dearer, where an unnamed statement is
 * planned at every run. The texts must be a bounded set (values go in parameters), as each one is
 * kept on every connection that ran it.
 *
 * Only on a server: the embedded database's one session outlives the pool's connections to it, so
 * a new connection would prepare a name the session already holds and be refused.
 */
export function preparedStatement(text: string, values: readonly unknown[]): QueryConfig {
  let name = names.get(text);
  if (name === undefined) {
    name = `read_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    names.set(text, name);
  }
  return { name, text, values: [...values] };
}
