import { InvalidUpcasterError } from './event-store.errors';

/** Turns the data of `type@fromSchemaVersion` into the shape of `toSchemaVersion` (and maybe a new type). */
export interface Upcaster {
  readonly type: string;
  readonly fromSchemaVersion: number;
  readonly toSchemaVersion: number;
  readonly toType?: string;
  upcast(data: Record<string, unknown>): Record<string, unknown>;
}

export interface UpcastableEvent {
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: Record<string, unknown>;
}

/**
 * Old events stay in the log as written; readers see them in the current shape. Upcasters chain:
 * v1 → v2 → v3 are applied in turn. Each must move forward, so a chain always ends.
 */
export class UpcasterRegistry {
  private readonly byKey = new Map<string, Upcaster>();

  register(...upcasters: Upcaster[]): this {
    for (const upcaster of upcasters) {
      if (upcaster.toSchemaVersion <= upcaster.fromSchemaVersion) {
        throw new InvalidUpcasterError(
          `Upcaster for ${upcaster.type}@${upcaster.fromSchemaVersion} must move to a higher schema version`,
        );
      }
      const key = keyOf(upcaster.type, upcaster.fromSchemaVersion);
      if (this.byKey.has(key)) throw new InvalidUpcasterError(`An upcaster for ${key} is registered already`);
      this.byKey.set(key, upcaster);
    }
    return this;
  }

  get isEmpty(): boolean {
    return this.byKey.size === 0;
  }

  upcast<E extends UpcastableEvent>(event: E): E {
    let current: E = event;
    for (;;) {
      const upcaster = this.byKey.get(keyOf(current.type, current.schemaVersion));
      if (upcaster === undefined) return current;
      current = {
        ...current,
        type: upcaster.toType ?? current.type,
        schemaVersion: upcaster.toSchemaVersion,
        data: upcaster.upcast(current.data),
      };
    }
  }
}

function keyOf(type: string, schemaVersion: number): string {
  return `${type}@${schemaVersion}`;
}
