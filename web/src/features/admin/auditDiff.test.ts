import { describe, expect, it } from 'vitest';
import { diffRows, fieldOf, flatten } from './auditDiff';

describe('flatten', () => {
  it('keeps lists of plain values whole and opens lists of objects by index', () => {
    const user = {
      displayName: '嘉善县经信局',
      roles: [{ role: 'county', regionCode: '330421', enterpriseUscc: null }],
      tags: ['a', 'b'],
    };
    expect(Object.fromEntries(flatten(user))).toEqual({
      displayName: '嘉善县经信局',
      'roles[0].role': 'county',
      'roles[0].regionCode': '330421',
      'roles[0].enterpriseUscc': null,
      tags: ['a', 'b'],
    });
  });

  it('gives nothing for a missing side and the value itself for a plain value', () => {
    expect(flatten(null).size).toBe(0);
    expect(Object.fromEntries(flatten(3))).toEqual({ '': 3 });
  });
});

describe('diffRows', () => {
  it('marks what changed in a focus-industry statement', () => {
    const before = { industryCodes: ['new-energy', 'iot'], basis: 'default', note: null };
    const after = { industryCodes: ['new-materials'], basis: 'stated', note: null };
    expect(diffRows(before, after)).toEqual([
      { path: 'industryCodes', before: ['new-energy', 'iot'], after: ['new-materials'], changed: true },
      { path: 'basis', before: 'default', after: 'stated', changed: true },
      { path: 'note', before: null, after: null, changed: false },
    ]);
  });

  it('shows a created entity as all new and a removed role as gone', () => {
    expect(diffRows(null, { login: 'js01' })).toEqual([
      { path: 'login', before: undefined, after: 'js01', changed: true },
    ]);
    const rows = diffRows({ roles: [{ role: 'admin' }, { role: 'leader' }] }, { roles: [{ role: 'admin' }] });
    expect(rows.find((r) => r.path === 'roles[1].role')).toEqual({
      path: 'roles[1].role',
      before: 'leader',
      after: undefined,
      changed: true,
    });
    expect(rows.find((r) => r.path === 'roles[0].role')?.changed).toBe(false);
  });
});

describe('fieldOf', () => {
  it('names the field a path ends in', () => {
    expect(fieldOf('roles[0].regionCode')).toBe('regionCode');
    expect(fieldOf('industryCodes')).toBe('industryCodes');
    expect(fieldOf('roles[1]')).toBe('roles');
  });
});
