// Saved column mappings: a unit (the caller's scope region) keeps one per kind of import, and every later
// upload of that kind by the unit reads its sheet with it.
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuditService, snapshot } from '@gridhr/audit';
import { AuthUser } from '@gridhr/common';
import { checkMapping, ColumnMappingEntry, MAX_MAPPING, SheetReading, SheetSpec, sheetSpec } from './sheet-columns';
import { SheetMapping } from './sheet-mapping.entity';
import { headerKey } from './sheet-text';
import { SheetMappingInput } from './sheet-upload';

/** What an import input carries about mappings. */
export interface MappingRequest {
  columnMapping?: readonly ColumnMappingEntry[] | null;
  saveMapping?: boolean;
}

/** The unit a user saves for: their scope region as a 12-digit code. */
function unitCode(user: AuthUser): string {
  return user.scopePrefix.padEnd(12, '0');
}

@Injectable()
export class SheetMappings {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService,
  ) {}

  /** The caller's unit's mapping for a kind, or null. */
  find(user: AuthUser, kind: string): Promise<SheetMapping | null> {
    sheetSpec(kind);
    return this.em.findOne(SheetMapping, { kind, regionCode: unitCode(user) });
  }

  /** The mapping to read an upload with: the one sent (checked against the spec) and the unit's saved one. */
  async forUpload(user: AuthUser, spec: SheetSpec<string>, request: MappingRequest): Promise<SheetMappingInput> {
    const sent = checkMapping(spec, request.columnMapping ?? [], 'input.columnMapping');
    const saved = await this.em.findOne(SheetMapping, { kind: spec.kind, regionCode: unitCode(user) });
    // A saved entry whose field the import no longer has is skipped, not an error for today's upload.
    return { sent, saved: (saved?.entries ?? []).filter((e) => e.field in spec.columns) };
  }

  /**
   * Saves the mapping sent with an import, merged into the unit's saved one, when the caller asked and
   * the sheet's columns were all recognised with it. Marks the reading as saved.
   */
  async saveIfAsked(user: AuthUser, spec: SheetSpec<string>, request: MappingRequest, reading: SheetReading, headerOk: boolean): Promise<void> {
    const sent = request.columnMapping ?? [];
    if (!request.saveMapping || !sent.length || !headerOk || reading.missingColumns.length) return;
    const current = await this.em.findOne(SheetMapping, { kind: spec.kind, regionCode: unitCode(user) });
    const replaced = (e: ColumnMappingEntry) => sent.some((s) => s.field === e.field || headerKey(s.header) === headerKey(e.header));
    // The newest entries win; the oldest go when the mapping would grow past its limit.
    await this.save(user, spec.kind, [...(current?.entries ?? []).filter((e) => !replaced(e)), ...sent].slice(-MAX_MAPPING));
    reading.mappingSaved = true;
  }

  /** Replaces the unit's mapping for a kind; an empty one deletes it. Audited. */
  async save(user: AuthUser, kind: string, entries: readonly ColumnMappingEntry[]): Promise<SheetMapping | null> {
    const spec = sheetSpec(kind, 'input.kind');
    const checked = checkMapping(spec, entries, 'input.entries');
    return this.em.transactional(async (em) => {
      const regionCode = unitCode(user);
      const mapping = await em.findOne(SheetMapping, { kind, regionCode });
      const before = mapping ? snapshot(mapping) : null;
      let after: SheetMapping | null = mapping;
      if (!checked.length) {
        if (mapping) em.remove(mapping);
        after = null;
      } else if (mapping) {
        mapping.entries = checked;
        mapping.updatedBy = user.username;
      } else {
        after = em.create(SheetMapping, { kind, regionCode, entries: checked, updatedBy: user.username });
      }
      const id = (after ?? mapping)?.id;
      if (id)
        this.audit.record(em, user, {
          entity: 'SheetMapping',
          entityId: id,
          action: after ? 'SAVE' : 'DELETE',
          before,
          after: after ? snapshot(after) : null,
          regionCode,
        });
      return after;
    });
  }
}
