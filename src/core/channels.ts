/**
 * 公开渠道和载体 (model.md §2): the public face of the channel parsers. `normalizeChannel` reads one
 * name; `parseChannelCell` reads a whole checklist cell with its boxes.
 */
export { CHANNEL_PLATFORMS, CHANNEL_SUCCESSORS, CHANNEL_VARIANTS } from './channel-names.js';
export {
  channelKey,
  isKnownChannel,
  matchChannelName,
  normalizeChannel,
  type ChannelMatch,
} from './channel-match.js';
export { parseChannelCell, type ChannelCell, type ChannelToken } from './channel-cell.js';
