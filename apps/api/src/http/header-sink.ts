/** The part of an HTTP response a route sets headers on (`@Res({ passthrough: true })`). */
export interface HeaderSink {
  setHeader(name: string, value: string): unknown;
}
