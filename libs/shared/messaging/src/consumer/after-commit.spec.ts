import { AfterCommit } from './after-commit';

describe('AfterCommit', () => {
  it('runs what was asked, in the order asked, once', () => {
    const hooks = new AfterCommit();
    const ran: string[] = [];
    hooks.add(() => ran.push('first'));
    hooks.add(() => ran.push('second'));
    hooks.run(() => undefined);
    hooks.run(() => undefined);
    expect(ran).toEqual(['first', 'second']);
  });

  it('reports a callback that throws or rejects, and still runs the others', async () => {
    const hooks = new AfterCommit();
    const ran: string[] = [];
    const errors: string[] = [];
    hooks.add(() => {
      throw new Error('thrown');
    });
    hooks.add(() => Promise.reject(new Error('rejected')));
    hooks.add(() => ran.push('last'));
    hooks.run((error) => errors.push(error.message));
    await new Promise((resolve) => setImmediate(resolve));
    expect(ran).toEqual(['last']);
    expect(errors.sort()).toEqual(['rejected', 'thrown']);
  });
});
