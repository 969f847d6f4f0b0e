import { describe, expect, it } from 'vitest';
import { credentialsOf, fieldOfError, KIND_FORMS, missingField } from './connect-kinds';

describe('connect forms', () => {
  it('send only credential fields, trimmed, leaving empty optional ones out', () => {
    expect(
      credentialsOf('bluesky', { identifier: ' ekeby.bsky.social ', appPassword: 'abcd-efgh', serviceUrl: ' ' }),
    ).toEqual({
      identifier: 'ekeby.bsky.social',
      appPassword: 'abcd-efgh',
    });
    expect(credentialsOf('sandbox', { handle: 'ekeby' })).toBeUndefined();
  });

  it('name the first required field that is empty', () => {
    expect(missingField('mastodon', { instanceUrl: 'https://m.example' })?.key).toBe('accessToken');
    expect(missingField('facebook', { pageId: '1', pageAccessToken: 't' })).toBeNull();
    expect(missingField('bluesky', { identifier: 'a', appPassword: 'b' })).toBeNull(); // the server is optional
  });

  it('find the field a server message is about', () => {
    expect(fieldOfError('mastodon', 'credentials.instanceUrl: must be a URL')).toBe('instanceUrl');
    expect(fieldOfError('instagram', 'igUserId is required')).toBe('igUserId');
    expect(fieldOfError('bluesky', 'Could not connect to Bluesky: Invalid identifier or password')).toBeNull();
    expect(
      fieldOfError(
        'bluesky',
        'The Bluesky credentials are not valid. credentials.appPassword: Invalid input: expected string, received undefined',
        { issues: ['credentials.appPassword: Invalid input: expected string, received undefined'] },
      ),
    ).toBe('appPassword');
    expect(fieldOfError('mastodon', 'credentials.instanceUrl: private network addresses are not allowed')).toBe(
      'instanceUrl',
    );
    expect(
      fieldOfError('facebook', 'Invalid request — body.credentials.pageId: is required', [
        { field: 'body.credentials.pageId', message: 'is required' },
      ]),
    ).toBe('pageId');
  });

  it('ask for the credentials each adapter reads', () => {
    const keys = (kind: keyof typeof KIND_FORMS) => KIND_FORMS[kind].fields.map((f) => f.key);
    expect(keys('bluesky')).toEqual(['identifier', 'appPassword', 'serviceUrl']);
    expect(keys('mastodon')).toEqual(['instanceUrl', 'accessToken']);
    expect(keys('facebook')).toEqual(['pageId', 'pageAccessToken']);
    expect(keys('instagram')).toEqual(['igUserId', 'pageAccessToken']);
  });
});
