/**
 * What a page (one frame) asks of the rest of the extension. The content script gives the
 * messaging behind each; unit tests give fakes (tests/unit/page-fakes.ts).
 */
import type { CardFactory } from '../card/card-api';
import type { CardData } from '../card/card-data';
import type { Rejection } from '../settings/rejections';
import type { PageMatchReply } from '../worker/page-match';
import type { PackedBlocks } from './text-blocks';

export interface PageServices {
  /** The marks in the page's blocks, found and decided by the worker (null: no answer). */
  match: (blocks: PackedBlocks) => Promise<PageMatchReply | null>;
  entity: (id: string) => Promise<CardData | null>;
  /** The card's code, loaded into this frame on first use (see lib/card/card-api.ts). */
  loadCard: () => Promise<CardFactory | null>;
  copy: (text: string) => Promise<void>;
  /** Tell the extension how many entities are marked (the toolbar badge). */
  report: (entities: number) => void;
  /** Remember a "Not this one" choice (local storage). */
  reject: (r: Rejection) => Promise<void>;
}
