import { mergeTeams } from '../../src/domain/sync/merge';
import { decodeTeamFile, encodeTeamFile } from '../../src/domain/sync/team-file';
import type { TeamCodec } from '../../src/sync/team-codec';

/** Core's codec while describeChange and forRemote are still on their way (the rest is core's own). */
export const provisionalCodec: TeamCodec = {
  encode: encodeTeamFile,
  decode: decodeTeamFile,
  merge: mergeTeams,
  describe: (before) => (before ? 'Changed the team' : 'Shared the team'),
  forRemote: (team) => team,
};
