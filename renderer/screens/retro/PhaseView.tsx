import type { Phase } from '../../../src/domain/retro/phases';
import type { Retro } from '../../../src/domain/retro/schema';
import type { TeamDoc } from '../../../src/domain/workspace';
import { ActionsPhase } from './phases/ActionsPhase';
import { CheckInPhase } from './phases/CheckInPhase';
import { DiscussPhase } from './phases/DiscussPhase';
import { FactsPhase } from './phases/FactsPhase';
import { GroupPhase } from './phases/GroupPhase';
import { IncidentPhase } from './phases/IncidentPhase';
import { OpenActionsPhase } from './phases/OpenActionsPhase';
import { TimelinePhase } from './phases/TimelinePhase';
import { VotePhase } from './phases/VotePhase';
import { WritePhase } from './phases/WritePhase';

export interface PhaseProps {
  retro: Retro;
  team: TeamDoc;
}

export function PhaseView({ phase, ...props }: PhaseProps & { phase: Phase }) {
  switch (phase) {
    case 'checkin':
      return <CheckInPhase {...props} />;
    case 'open_actions':
      return <OpenActionsPhase {...props} />;
    case 'facts':
      return <FactsPhase {...props} />;
    case 'incident':
      return <IncidentPhase {...props} />;
    case 'timeline':
      return <TimelinePhase {...props} />;
    case 'write':
      return <WritePhase {...props} />;
    case 'group':
      return <GroupPhase {...props} />;
    case 'vote':
      return <VotePhase {...props} />;
    case 'discuss':
      return <DiscussPhase {...props} />;
    case 'actions':
      return <ActionsPhase {...props} />;
  }
}
