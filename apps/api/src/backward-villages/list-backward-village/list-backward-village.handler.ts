import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ProjectionRuntime } from '@app/projections';
import { openListingIdsQuery } from '@app/read-models';
import { OrgUnitNotFound } from '@app/supervision';
import { OrgDirectory } from '../../org-units/org-directory';
import { newResourceId } from '../../http/command-metadata.decorator';
import { BackwardVillageCommands, BackwardVillageOutcome } from '../backward-village-commands';
import { ListBackwardVillageCommand } from './list-backward-village.command';

/**
 * 列入后进. The org tree gives the unit's kind, chain, township and county; the list gives the
 * village's listings still open, which the decider refuses to double. The listing's id is fixed by
 * the command, so a retry names the same listing.
 */
@CommandHandler(ListBackwardVillageCommand)
export class ListBackwardVillageHandler implements ICommandHandler<ListBackwardVillageCommand, BackwardVillageOutcome> {
  constructor(
    @Inject(BackwardVillageCommands) private readonly listings: BackwardVillageCommands,
    @Inject(OrgDirectory) private readonly directory: OrgDirectory,
    @Inject(ProjectionRuntime) private readonly projections: ProjectionRuntime,
  ) {}

  async execute({ listing, metadata }: ListBackwardVillageCommand): Promise<BackwardVillageOutcome> {
    const tree = (await this.directory.fresh()).orgTree();
    const unit = tree.find(listing.unitId);
    if (unit === undefined) throw new OrgUnitNotFound(listing.unitId);
    const chain = tree.chain(unit.id);
    const listingId = newResourceId(metadata);
    return this.listings.send(
      listingId,
      {
        type: 'ListBackwardVillage',
        listingId,
        unitId: unit.id,
        unitKind: unit.kind,
        unitChain: chain.map((each) => each.id),
        townshipId: chain.find((each) => each.kind === 'township')?.id ?? null,
        countyId: tree.countyOf(unit.id)?.id ?? null,
        reason: listing.reason,
        note: listing.note,
        openListingIds: await openListingIdsQuery(this.projections.dataSource, unit.id),
      },
      metadata,
      unit.id,
    );
  }
}
