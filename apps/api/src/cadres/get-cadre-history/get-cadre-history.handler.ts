import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CadreHistory } from '@app/read-models';
import { isWithinOrgScope, OutOfScope } from '@app/supervision';
import { CadreCommands } from '../cadre-commands';
import { GetCadreHistoryQuery } from './get-cadre-history.query';

@QueryHandler(GetCadreHistoryQuery)
export class GetCadreHistoryHandler implements IQueryHandler<GetCadreHistoryQuery, CadreHistory> {
  constructor(@Inject(CadreCommands) private readonly cadres: CadreCommands) {}

  async execute({ personId, actor }: GetCadreHistoryQuery): Promise<CadreHistory> {
    const history = await this.cadres.history(personId);
    const paths = [...history.terms.map((term) => term.unitPath), ...history.records.map((record) => record.unitPath)];
    if (!paths.some((path) => isWithinOrgScope(actor, path))) throw new OutOfScope();
    return history;
  }
}
