import { optionalText } from '@app/workflow';
import { UrgeCase } from './case.commands';
import { existingCase } from './case.rules';
import type { CaseTransition } from './case.workflow';

/** 催办: a recorded reminder to the responsible unit, with or without a message; urges are counted and change nothing else. */
export const urging: CaseTransition<UrgeCase> = {
  roles: ['admin', 'inspector'],
  decide: (state, command, { actor, now }) => {
    const found = existingCase(state);
    return [
      {
        type: 'CaseUrged',
        data: {
          caseId: found.caseId,
          message: optionalText(command.message),
          urgeNumber: found.urges + 1,
          urgedUnitId: found.responsibleUnitId,
          urgedBy: actor.userId,
          urgedAt: now.toISOString(),
        },
      },
    ];
  },
};
