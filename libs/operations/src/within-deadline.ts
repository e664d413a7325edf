/**
 * Settles as `work` does, or rejects with `message` once `ms` have passed without an answer: a
 * health check answers in bounded time even when the database is overloaded or unreachable.
 */
export async function withinDeadline<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
