import { expect, it } from 'vitest';
import { findMediaUrls } from './collect-media.js';

it('finds media URLs in Mastodon, Bluesky and Meta payloads, once each, in order', () => {
  expect(
    findMediaUrls({
      status: {
        mediaAttachments: [{ url: 'https://files.social/a.jpg', previewUrl: 'https://files.social/a-small.jpg' }],
      },
    }),
  ).toEqual(['https://files.social/a.jpg']);
  expect(findMediaUrls({ media_attachments: [{ url: 'https://files.social/b.png' }] })).toEqual([
    'https://files.social/b.png',
  ]);
  expect(
    findMediaUrls({
      uri: 'at://did:plc:abc123/app.bsky.feed.post/3k',
      record: {
        embed: { images: [{ alt: '', image: { $type: 'blob', ref: { $link: 'bafkrei42' }, mimeType: 'image/jpeg' } }] },
      },
    }),
  ).toEqual(['https://cdn.bsky.app/img/feed_fullsize/plain/did:plc:abc123/bafkrei42@jpeg']);
  expect(
    findMediaUrls({
      embed: { images: [{ fullsize: 'https://cdn.bsky.app/x@jpeg' }, { fullsize: 'https://cdn.bsky.app/x@jpeg' }] },
    }),
  ).toEqual(['https://cdn.bsky.app/x@jpeg']);
  expect(
    findMediaUrls({
      media_url: 'https://scontent.example/ig.jpg',
      attachments: { data: [{ media: { image: { src: 'https://scontent.example/fb.jpg' } } }] },
      message: { attachments: [{ payload: { url: 'https://scontent.example/dm.jpg' } }] },
      text: 'javascript:alert(1) file:///etc/passwd',
    }),
  ).toEqual(['https://scontent.example/ig.jpg', 'https://scontent.example/fb.jpg', 'https://scontent.example/dm.jpg']);
});
