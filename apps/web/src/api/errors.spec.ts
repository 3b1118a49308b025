import { fieldPaths, instantIn, NETWORK_ERROR, placeProblems, problemsOf, secondsIn, UNKNOWN_ERROR } from './errors';

describe('problems read from GraphQL errors', () => {
  it('keeps the stable code, the field at fault and the message of each error', () => {
    const error = {
      graphQLErrors: [
        { message: '"x" is not an e-mail address', extensions: { code: 'INVALID_EMAIL', field: 'admin.email' } },
        {
          message: 'a company with tax id 7701001012 in RU is already registered',
          extensions: { code: 'DUPLICATE_TAX_ID', field: 'taxId' },
        },
      ],
    };
    expect(problemsOf(error)).toEqual([
      { code: 'INVALID_EMAIL', field: 'admin.email', message: '"x" is not an e-mail address' },
      { code: 'DUPLICATE_TAX_ID', field: 'taxId', message: 'a company with tax id 7701001012 in RU is already registered' },
    ]);
  });

  it('keeps how long a rate limit asks to wait', () => {
    expect(problemsOf([{ message: 'too many requests', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 7 } }])).toEqual([
      { code: 'RATE_LIMITED', message: 'too many requests', retryAfterSeconds: 7 },
    ]);
  });

  it('calls a request that got no answer a network error, and an error without a code unknown', () => {
    expect(problemsOf({ graphQLErrors: [], networkError: new Error('Failed to fetch') })).toEqual([
      { code: NETWORK_ERROR, message: 'Failed to fetch' },
    ]);
    expect(problemsOf([{ message: 'boom' }])).toEqual([{ code: UNKNOWN_ERROR, message: 'boom' }]);
    expect(problemsOf(undefined)).toEqual([]);
  });
});

describe('problems placed at the form fields they concern', () => {
  const fields = fieldPaths({ legalName: '', taxId: '', admin: { email: '', password: '' } });

  it('names nested form fields as the API names inputs', () => {
    expect(fields).toEqual(['legalName', 'taxId', 'admin.email', 'admin.password']);
  });

  it('puts a problem at its field, one per field, and the rest in the general list', () => {
    const { byField, general } = placeProblems(
      [
        { code: 'WEAK_PASSWORD', field: 'admin.password', message: 'too short' },
        { code: 'INVALID_TAX_ID', field: 'taxId', message: 'check digits' },
        { code: 'DUPLICATE_TAX_ID', field: 'taxId', message: 'taken' },
        { code: 'SERVICE_UNAVAILABLE', message: 'down' },
        { code: 'INVALID_INPUT', field: 'somethingElse', message: '?' },
      ],
      fields,
    );
    expect(Object.fromEntries(Object.entries(byField).map(([field, problem]) => [field, problem.code]))).toEqual({
      'admin.password': 'WEAK_PASSWORD',
      taxId: 'INVALID_TAX_ID',
    });
    expect(general.map((problem) => problem.code)).toEqual(['DUPLICATE_TAX_ID', 'SERVICE_UNAVAILABLE', 'INVALID_INPUT']);
  });

  it('matches a nested API field to a form field of the same last name', () => {
    const { byField } = placeProblems([{ code: 'INVALID_EMAIL', field: 'admin.email', message: '' }], ['email', 'password']);
    expect(byField.email?.code).toBe('INVALID_EMAIL');
  });
});

describe('what a refusal message says of time', () => {
  it('finds when a sign-in lock ends and how long a throttle lasts', () => {
    expect(instantIn('too many failed sign-ins for this account; locked until 2026-12-02T10:15:00.000Z (900 s)')).toBe(
      '2026-12-02T10:15:00.000Z',
    );
    expect(secondsIn('too many failed sign-ins; try again in 12 s')).toBe(12);
    expect(instantIn('no time here')).toBeUndefined();
  });
});
