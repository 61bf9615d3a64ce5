import { describe, expect, it } from 'vitest';
import { ApiError } from './client';
import { fieldErrorsOf, parseFieldPath, type FieldName } from './fieldErrors';

const userForm = (name: FieldName) =>
  ['login', 'displayName', 'password', 'roles'].includes(String(name[0])) && name.length <= 3;

describe('parseFieldPath', () => {
  it('reads the service style and the validator style alike', () => {
    expect(parseFieldPath('roles[0].regionCode')).toEqual(['roles', 0, 'regionCode']);
    expect(parseFieldPath('body.roles.1.enterpriseUscc')).toEqual(['roles', 1, 'enterpriseUscc']);
    expect(parseFieldPath('password')).toEqual(['password']);
  });
});

describe('fieldErrorsOf', () => {
  it('puts a service message under the field its path names', () => {
    const error = new ApiError('roles[0].regionCode: "330499" is not a county of the plan', 400, 'invalid_roles');
    expect(fieldErrorsOf(error, userForm)).toEqual({
      fields: [{ name: ['roles', 0, 'regionCode'], message: '"330499" is not a county of the plan' }],
      general: [],
    });
  });

  it('keeps the password rules together, joined by the Chinese semicolon', () => {
    const error = new ApiError(
      'password: 密码至少10位（at least 10 characters）；密码不得包含登录名（must not contain the login）',
      400,
      'weak_password',
    );
    const { fields } = fieldErrorsOf(error, (name) => name[0] === 'newPassword', { password: 'newPassword' });
    expect(fields).toEqual([
      {
        name: ['newPassword'],
        message: '密码至少10位（at least 10 characters）；密码不得包含登录名（must not contain the login）',
      },
    ]);
  });

  it('splits a validation summary and leaves unknown fields to the general messages', () => {
    const error = new ApiError(
      'body.login: Too small: expected string to have >=3 characters; body.colour: Unrecognized key',
      400,
      'invalid_request',
    );
    expect(fieldErrorsOf(error, userForm)).toEqual({
      fields: [{ name: ['login'], message: 'Too small: expected string to have >=3 characters' }],
      general: ['body.colour: Unrecognized key'],
    });
  });

  it('reads a taken login (409) and leaves messages without a path to the general ones', () => {
    expect(fieldErrorsOf(new ApiError('login: "js01" is already taken', 409, 'login_taken'), userForm).fields).toEqual([
      { name: ['login'], message: '"js01" is already taken' },
    ]);
    expect(
      fieldErrorsOf(
        new ApiError('you cannot disable yourself or remove your own admin role', 400, 'self_lockout'),
        userForm,
      ),
    ).toEqual({ fields: [], general: ['you cannot disable yourself or remove your own admin role'] });
  });

  it('names no field for other errors: the caller words them', () => {
    expect(fieldErrorsOf(new ApiError('forbidden', 403, 'forbidden'), userForm)).toEqual({ fields: [], general: [] });
    expect(fieldErrorsOf(new TypeError('Failed to fetch'), userForm)).toEqual({ fields: [], general: [] });
  });
});
