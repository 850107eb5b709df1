import { describe, expect, it } from 'vitest';
import { syncFolder } from '../../../src/sync/clone';
import { Git, type GitResult, type RunOptions } from '../../../src/sync/git';
import { itemFields } from '../../helpers/fixtures';
import { bareRepository } from '../../helpers/git-remote';
import { replica } from '../../helpers/sync-replica';

/** A promise and the function that settles it. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

/** The system git, with a hook a test uses to hold one call until another operation has gone on. */
class HookedGit extends Git {
  hook: ((args: readonly string[]) => Promise<void>) | null = null;

  override async run(args: readonly string[], options: RunOptions): Promise<GitResult> {
    await this.hook?.(args);
    return super.run(args, options);
  }
}

describe('counting changes while a sync runs', { timeout: 60_000 }, () => {
  // The host counts a team's waiting changes 1.5 s after an edit, beside any sync the facilitator starts.
  // A count that read the branch's head before the sync committed, and the file after, once took the new
  // commit's team for the old commit's: the merge then saw this machine's own edit in its base, and a
  // title changed on both machines was overwritten by the other's without a question.
  it('still asks about a title changed on both machines when a count overlaps the sync', async () => {
    const remote = bareRepository();
    const a = await replica();
    const teamId = (await a.api.createTeam({ name: 'Platform' })).id;
    const itemId = (await a.api.createItem({ teamId, item: itemFields('Rotate certs') })).id;
    await a.engine.share({ teamId, remote: remote.path, author: 'Ana' });
    const probe = await replica();
    const git = new HookedGit({ askpassDir: syncFolder(probe.dataDir) });
    const b = await replica({ git });
    await b.engine.join({ remote: remote.path, author: 'Bo' });

    await a.api.updateItem({ teamId, itemId, changes: { title: 'Rotate TLS certs' } });
    await a.engine.sync(teamId);
    await b.api.updateItem({ teamId, itemId, changes: { title: 'Rotate certs on the edge' } });

    // The count reads the head (the joined commit), then waits while the sync commits Bo's edit; the sync
    // then waits at its fetch until the count has finished.
    const countHasHead = gate();
    const syncCommitted = gate();
    const countDone = gate();
    let phase: 'count' | 'sync' | 'free' = 'count';
    git.hook = async (args) => {
      if (phase === 'count' && args[0] === 'show') {
        phase = 'sync';
        countHasHead.open();
        await syncCommitted.opened;
      } else if (phase === 'sync' && args[0] === 'fetch') {
        phase = 'free';
        syncCommitted.open();
        await countDone.opened;
      }
    };
    const counted = b.engine.pendingChanges(teamId).finally(() => countDone.open());
    await countHasHead.opened;
    const synced = b.engine.sync(teamId);

    expect(await counted).toBe(1);
    const outcome = await synced;
    expect(outcome.state).toBe('conflicts');
    expect(outcome.conflicts.map((c) => [c.mine, c.theirs])).toEqual([
      ['Rotate certs on the edge', 'Rotate TLS certs'],
    ]);
    expect(b.team(teamId).items.find((i) => i.id === itemId)?.title).toBe('Rotate certs on the edge');
  });
});
