import { notFound } from '../http/errors.js';
import type { ChannelAdapter, ChannelKind } from './channel.js';

/** The adapters this process knows, by kind. */
export class ChannelRegistry {
  private readonly adapters = new Map<ChannelKind, ChannelAdapter>();

  register(adapter: ChannelAdapter): this {
    this.adapters.set(adapter.kind, adapter);
    return this;
  }

  get(kind: string): ChannelAdapter {
    const adapter = this.adapters.get(kind as ChannelKind);
    if (!adapter) throw notFound(`The channel type "${kind}"`);
    return adapter;
  }

  kinds(): ChannelKind[] {
    return [...this.adapters.keys()];
  }
}
