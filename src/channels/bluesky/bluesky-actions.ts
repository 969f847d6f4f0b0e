/**
 * What the desk does on Bluesky. Records we create (replies, posts, blocks) get a record key derived
 * from the action's idempotency key, so a retry after a crash finds the record instead of making a
 * second one. Replies and posts get facets (mentions, links) like the Bluesky app makes them.
 */
import { type Agent, type AppBskyFeedDefs, RichText, XRPCError } from '@atproto/api';
import { ChannelError, type MediaAttachment, type OutboundRequest, type OutboundResult } from '../channel.js';
import { graphemeLength, parseAtUri, postUrl, rkeyFromKey } from './bluesky-map.js';

export const BLUESKY_MAX_LENGTH = 300;
export const BLUESKY_MAX_MEDIA = 4;
/** Bluesky's limit per image. */
const MAX_IMAGE_BYTES = 1_000_000;
const MAX_HIDDEN_REPLIES = 300;

type StrongRef = { uri: string; cid: string };

export async function performOnBluesky(agent: Agent, did: string, request: OutboundRequest): Promise<OutboundResult> {
  switch (request.action) {
    case 'publicReply':
      return reply(agent, did, request.targetPlatformId, request.text, request.idempotencyKey);
    case 'publish':
      return publish(agent, did, request.text, request.media ?? [], request.idempotencyKey);
    case 'delete':
      return deleteOwnPost(agent, did, request.targetPlatformId);
    case 'hide':
    case 'unhide':
      return setHidden(agent, did, request.targetPlatformId, request.action === 'hide');
    case 'block': {
      const record = { $type: 'app.bsky.graph.block', subject: request.authorPlatformId, createdAt: now() };
      return createOnce(agent, did, 'app.bsky.graph.block', request.idempotencyKey, async () => record);
    }
    case 'mute':
      await agent.mute(request.authorPlatformId); // muting twice is a no-op
      return { platformId: request.authorPlatformId };
    case 'unmute':
      await agent.unmute(request.authorPlatformId); // unmuting twice is a no-op
      return { platformId: request.authorPlatformId };
    case 'unblock':
      return unblock(agent, did, request.authorPlatformId);
    case 'report':
      return report(agent, request.targetPlatformId, request.reason);
    default:
      throw new ChannelError(`Bluesky cannot do "${request.action}".`, false);
  }
}

async function reply(agent: Agent, did: string, target: string, text: string, key: string): Promise<OutboundResult> {
  return createOnce(agent, did, 'app.bsky.feed.post', key, async () => {
    const parent = await getPost(agent, target);
    const parentRef = { uri: parent.uri, cid: parent.cid };
    const rootRef = (parent.record as { reply?: { root?: StrongRef } }).reply?.root ?? parentRef;
    const rich = await richText(agent, text);
    return {
      $type: 'app.bsky.feed.post',
      text: rich.text,
      ...(rich.facets?.length ? { facets: rich.facets } : {}),
      reply: { root: { uri: rootRef.uri, cid: rootRef.cid }, parent: parentRef },
      createdAt: now(),
    };
  });
}

async function publish(
  agent: Agent,
  did: string,
  text: string,
  media: MediaAttachment[],
  key: string,
): Promise<OutboundResult> {
  if (media.length > BLUESKY_MAX_MEDIA)
    throw new ChannelError(`A Bluesky post can carry at most ${BLUESKY_MAX_MEDIA} images.`, false);
  return createOnce(agent, did, 'app.bsky.feed.post', key, async () => {
    const rich = await richText(agent, text);
    const images = [];
    for (const item of media) {
      if (!item.mimeType.startsWith('image/'))
        throw new ChannelError(`Bluesky posts take images only, not ${item.mimeType}.`, false);
      const bytes = Buffer.from(item.dataBase64, 'base64');
      if (bytes.length > MAX_IMAGE_BYTES)
        throw new ChannelError('An image is larger than Bluesky allows (1 MB); make it smaller.', false);
      const uploaded = await agent.uploadBlob(bytes, { encoding: item.mimeType });
      images.push({ image: uploaded.data.blob, alt: item.alt ?? '' });
    }
    return {
      $type: 'app.bsky.feed.post',
      text: rich.text,
      ...(rich.facets?.length ? { facets: rich.facets } : {}),
      ...(images.length ? { embed: { $type: 'app.bsky.embed.images', images } } : {}),
      createdAt: now(),
    };
  });
}

async function deleteOwnPost(agent: Agent, did: string, target: string): Promise<OutboundResult> {
  const parts = parseAtUri(target);
  if (!parts || parts.repo !== did)
    throw new ChannelError(
      'Bluesky lets an account delete only its own posts; hide or report this one instead.',
      false,
    );
  await agent.com.atproto.repo.deleteRecord({ repo: did, collection: parts.collection, rkey: parts.rkey });
  return { platformId: target };
}

/**
 * Hiding a reply is a list on the thread gate of our root post (the gate's record key is the
 * post's). Whatever else the gate says (who may reply) is kept.
 */
async function setHidden(agent: Agent, did: string, target: string, hide: boolean): Promise<OutboundResult> {
  const post = await getPost(agent, target);
  const rootUri = (post.record as { reply?: { root?: StrongRef } }).reply?.root?.uri;
  const root = rootUri ? parseAtUri(rootUri) : null;
  if (!rootUri || !root)
    throw new ChannelError('Only replies can be hidden on Bluesky; this post is not a reply.', false);
  if (root.repo !== did)
    throw new ChannelError('Bluesky lets an account hide replies only in threads it started.', false);
  const gate = await findRecordValue(agent, did, 'app.bsky.feed.threadgate', root.rkey);
  if (!gate && !hide) return { platformId: target }; // no gate, nothing hidden
  const hidden = new Set(Array.isArray(gate?.hiddenReplies) ? (gate.hiddenReplies as string[]) : []);
  if (hide) hidden.add(target);
  else hidden.delete(target);
  if (hidden.size > MAX_HIDDEN_REPLIES)
    throw new ChannelError(`Bluesky hides at most ${MAX_HIDDEN_REPLIES} replies in one thread.`, false);
  const record = {
    ...(gate ?? {}),
    $type: 'app.bsky.feed.threadgate',
    post: rootUri,
    createdAt: typeof gate?.createdAt === 'string' ? gate.createdAt : now(),
    hiddenReplies: [...hidden],
  };
  await agent.com.atproto.repo.putRecord({
    repo: did,
    collection: 'app.bsky.feed.threadgate',
    rkey: root.rkey,
    record,
  });
  return { platformId: target };
}

async function report(agent: Agent, target: string, reason: string): Promise<OutboundResult> {
  const post = await getPost(agent, target);
  const res = await agent.com.atproto.moderation.createReport({
    reasonType: 'com.atproto.moderation.defs#reasonOther',
    reason,
    subject: { $type: 'com.atproto.repo.strongRef', uri: post.uri, cid: post.cid },
  });
  return { platformId: `report:${res.data.id}` };
}

/**
 * Creates the record under the key's rkey unless it is there already (a retry); only then is the
 * record built (fetching the parent, uploading images).
 */
async function createOnce(
  agent: Agent,
  did: string,
  collection: string,
  idempotencyKey: string,
  build: () => Promise<Record<string, unknown>>,
): Promise<OutboundResult> {
  const rkey = rkeyFromKey(idempotencyKey);
  const existing = await findRecord(agent, did, collection, rkey);
  if (existing) return existing;
  const record = await build();
  try {
    const res = await agent.com.atproto.repo.createRecord({ repo: did, collection, rkey, record });
    return { platformId: res.data.uri, url: postUrl(res.data.uri) };
  } catch (error) {
    // Two runs at once: the other one created it (the PDS answers a taken rkey with an error).
    const raced = await findRecord(agent, did, collection, rkey);
    if (raced) return raced;
    throw error;
  }
}

async function findRecord(agent: Agent, did: string, collection: string, rkey: string) {
  const res = await getRecord(agent, did, collection, rkey);
  return res ? { platformId: res.uri, url: postUrl(res.uri) } : null;
}

async function findRecordValue(agent: Agent, did: string, collection: string, rkey: string) {
  return (await getRecord(agent, did, collection, rkey))?.value as Record<string, unknown> | undefined;
}

async function getRecord(agent: Agent, did: string, collection: string, rkey: string) {
  try {
    return (await agent.com.atproto.repo.getRecord({ repo: did, collection, rkey })).data;
  } catch (error) {
    if (error instanceof XRPCError && (error.error === 'RecordNotFound' || error.status === 404)) return null;
    throw error;
  }
}

async function getPost(agent: Agent, uri: string): Promise<AppBskyFeedDefs.PostView> {
  if (!parseAtUri(uri)) throw new ChannelError(`"${uri}" is not a Bluesky post address (at://…).`, false);
  const res = await agent.app.bsky.feed.getPosts({ uris: [uri] });
  const post = res.data.posts[0];
  if (!post) throw new ChannelError(`The post ${uri} no longer exists on Bluesky.`, false);
  return post;
}

async function richText(agent: Agent, text: string) {
  const rich = new RichText({ text });
  await rich.detectFacets(agent); // resolves @handles to DIDs; unknown handles stay plain text
  if (graphemeLength(rich.text) > BLUESKY_MAX_LENGTH)
    throw new ChannelError(`Bluesky allows ${BLUESKY_MAX_LENGTH} characters; the text is longer.`, false);
  return rich;
}

const now = () => new Date().toISOString();

/** Deletes our block record of the account (found through the profile's viewer state); none left is done. */
async function unblock(agent: Agent, did: string, subject: string): Promise<OutboundResult> {
  const profile = await agent.getProfile({ actor: subject });
  const uri = profile.data.viewer?.blocking;
  if (uri) {
    const rkey = uri.split('/').pop()!;
    await agent.com.atproto.repo.deleteRecord({ repo: did, collection: 'app.bsky.graph.block', rkey });
  }
  return { platformId: subject };
}
