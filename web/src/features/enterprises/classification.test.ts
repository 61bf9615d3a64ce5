import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client';
import { fieldErrorsOf } from '../../api/fieldErrors';
import { classificationField, percentToShare, sharesProblem, totalPercent } from './classification';

describe('classification form', () => {
  it('turns percentages into the API fractions', () => {
    expect(percentToShare(60)).toBe(0.6);
    expect(percentToShare(33.3)).toBe(0.333);
    expect(percentToShare(100)).toBe(1);
  });

  it('adds the shares and finds what is wrong with them', () => {
    expect(totalPercent([{ percent: 60 }, { percent: 40.1 }])).toBe(100.1);
    expect(sharesProblem([])).toBe('empty');
    expect(
      sharesProblem([
        { industryCode: 'a', percent: 60 },
        { industryCode: 'b', percent: 40 },
      ]),
    ).toBeNull();
    expect(
      sharesProblem([
        { industryCode: 'a', percent: 60 },
        { industryCode: 'b', percent: 41 },
      ]),
    ).toBe('over');
    expect(
      sharesProblem([
        { industryCode: 'a', percent: 30 },
        { industryCode: 'a', percent: 30 },
      ]),
    ).toBe('duplicate');
  });

  it('names the form field an API message is about', () => {
    expect(classificationField(['classification', 'validFrom'])).toEqual(['validFrom']);
    expect(classificationField(['classification', 'shares'])).toEqual(['shares']);
    expect(classificationField(['classification', 'shares', 1, 'share'])).toEqual(['shares', 1, 'percent']);
    expect(classificationField(['classification', 'shares', 0, 'industryCode'])).toEqual(['shares', 0, 'industryCode']);
    expect(classificationField(['name'])).toBeNull();
  });

  it("puts the server's message under the shares it names", () => {
    const error = new ApiError('classification.shares: the shares add up to 1.2, more than 1', 400, 'invalid_shares');
    const problems = fieldErrorsOf(error, (name) => classificationField(name) !== null);
    expect(problems.fields.map((p) => [classificationField(p.name), p.message])).toEqual([
      [['shares'], 'the shares add up to 1.2, more than 1'],
    ]);
    expect(problems.general).toEqual([]);
  });
});
