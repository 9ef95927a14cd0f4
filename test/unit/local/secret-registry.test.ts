/** The leak guard itself can fail: a stored secret in a response or a log line is caught. */
import { KvsStore } from '../../../local/runtime/kvs/kvs-store';
import { assertNoSecret } from '../../../local/runtime/secret-registry';

test('a secret stored in KVS is caught in any text that contains it', () => {
  new KvsStore().put('secret', 'connection-secret:x', 'fd-sup3r-s3cret-key');
  expect(() => assertNoSecret('{"ok":true,"data":{"key":"fd-sup3r-s3cret-key"}}', 'a response')).toThrow(/leaked into a response/);
  expect(() => assertNoSecret('{"ok":true}', 'a response')).not.toThrow();
});

test('console lines are guarded in every test file', () => {
  new KvsStore().put('secret', 'connection-secret:y', 'zd-an0ther-s3cret');
  expect(() => console.log('calling with zd-an0ther-s3cret')).toThrow(/leaked into a console.log line/);
});
