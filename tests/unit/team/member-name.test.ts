import { describe, expect, it } from 'vitest';
import { entityName } from '../../../src/domain/sync/conflict-labels';
import { FORMER_MEMBER, memberName, memberNames } from '../../../src/domain/team/member-name';
import { member, team } from '../../helpers/fixtures';

describe('a member shown by id', () => {
  const ana = member('Ana');
  const bo = member('Bo');

  it('is their name while they are on the team, and "Former member" after they left', () => {
    expect(memberName([ana, bo], bo.id)).toBe('Bo');
    expect(memberName([ana], bo.id)).toBe(FORMER_MEMBER);
    const names = memberNames([ana, bo]);
    expect([ana.id, bo.id, 'gone'].map(names)).toEqual(['Ana', 'Bo', 'Former member']);
  });

  it('names a sync conflict by the person, never by a raw id', () => {
    const doc = team('Platform', { members: [ana] });
    expect(entityName('retros/*/votes', { voterId: ana.id }, doc)).toBe('Dots of Ana');
    expect(entityName('sprints/*/timeOff', { memberId: bo.id, date: '2026-12-03' }, doc)).toBe(
      'Time off of Former member on 2026-12-03',
    );
    expect(entityName('estimationRounds/*/votes', { memberId: bo.id }, doc)).not.toContain(bo.id);
  });
});
