import { describeChange } from '../domain/sync/describe-change';
import { forRemote } from '../domain/sync/for-remote';
import { mergeTeams } from '../domain/sync/merge';
import { decodeTeamFile, encodeTeamFile } from '../domain/sync/team-file';
import type { TeamCodec } from './team-codec';

/** Core's pure half of sharing (src/domain/sync), as the engine uses it. */
export const coreCodec: TeamCodec = {
  encode: encodeTeamFile,
  decode: decodeTeamFile,
  merge: mergeTeams,
  describe: describeChange,
  forRemote,
};
