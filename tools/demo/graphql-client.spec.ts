import { createServer, type AddressInfo } from 'node:net';
import { GatewayUnreachableError, GraphQLHttpClient, GraphQLRequestError } from './graphql-client';

describe('demo GraphQL client', () => {
  it('prints a refused request and its response exactly, without the password', () => {
    const response = '{"errors":[{"message":"the e-mail or the password is wrong","extensions":{"code":"INVALID_CREDENTIALS"}}]}';
    const error = new GraphQLRequestError(
      {
        query: 'mutation ($email: String!, $password: String!) {\n  signIn(email: $email, password: $password) { accessToken }\n}',
        variables: { email: 'a@b.example', password: 'secret' },
      },
      [{ message: 'the e-mail or the password is wrong', extensions: { code: 'INVALID_CREDENTIALS' } }],
      200,
      response,
    );
    expect(error.code).toBe('INVALID_CREDENTIALS');
    expect(error.message).toBe('INVALID_CREDENTIALS: the e-mail or the password is wrong');
    expect(error.describe().split('\n')).toEqual([
      'request:  mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { accessToken } }',
      '          variables {"email":"a@b.example","password":"…"}',
      `response: HTTP 200 ${response}`,
    ]);
  });

  it('says plainly when nothing answers at the address', async () => {
    // A port that was just free: the connection is refused at once.
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    const url = `http://127.0.0.1:${port}/graphql`;
    const refused = new GraphQLHttpClient(url).request('{ __typename }');
    await expect(refused).rejects.toThrow(GatewayUnreachableError);
    await expect(refused).rejects.toThrow(`cannot reach the Lotbook GraphQL gateway at ${url} (ECONNREFUSED)`);
  });
});
