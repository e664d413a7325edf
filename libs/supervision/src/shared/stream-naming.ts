/**
 * How the streams of one type are named: `<category>-<entity id>`, e.g. `case-42`. The category
 * (the part before the first `-`) is what the event store files a stream under and what
 * subscriptions and projections filter on; the entity id may contain `-` itself. Every stream id
 * of a supervision stream type is made and read through its naming (`caseStreams`,
 * `taskStreams`, `roundStreams`, `orgUnitStreams`), never spelled out.
 */
export interface StreamNaming {
  readonly category: string;
  /** The stream of the entity `entityId`. */
  readonly streamIdOf: (entityId: string) => string;
  /** Whether `streamId` is a stream of this type. */
  readonly includes: (streamId: string) => boolean;
  /** The entity a stream of this type is of; a stream of another type is a mistake of the caller's. */
  readonly entityIdOf: (streamId: string) => string;
}

export function streamNaming(category: string): StreamNaming {
  const prefix = `${category}-`;
  const includes = (streamId: string): boolean => streamId.startsWith(prefix);
  return {
    category,
    streamIdOf: (entityId) => `${prefix}${entityId}`,
    includes,
    entityIdOf: (streamId) => {
      if (!includes(streamId)) throw new Error(`${streamId} is not a ${category} stream`);
      return streamId.slice(prefix.length);
    },
  };
}
