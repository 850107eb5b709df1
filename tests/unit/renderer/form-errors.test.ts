import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../../../renderer/components/form-errors';

describe('fieldErrors keys an api refusal by the form field it is about', () => {
  it.each([
    ['interrupt.points', 'points'],
    ['interrupt.takenBy', 'takenBy'],
    ['sprint.endDate', 'endDate'],
    ['range.endDate', 'endDate'],
    ['holiday.date', 'date'],
    ['window.end', 'end'],
    ['member.name', 'name'],
  ])('an issue at %s shows at the %s field', (path, field) => {
    expect(fieldErrors([{ path, message: 'Not that.' }])).toEqual({ [field]: 'Not that.' });
  });

  it('still keys a part of a field by its whole path', () => {
    const errors = fieldErrors([{ path: 'settings.boardColumnNames.todo', message: 'Too long.' }]);
    expect(errors).toEqual({ boardColumnNames: 'Too long.', 'boardColumnNames.todo': 'Too long.' });
  });
});
