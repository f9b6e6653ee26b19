/**
 * Hybrid logical clock. Timestamps are strings that sort lexicographically in causal
 * order: `wall(11 base36) : counter(4 base36) : node`. The node id breaks ties so two
 * devices never produce the same timestamp, which makes last-writer-wins deterministic.
 */
import type { Clock } from '../deps.ts';

export type Hlc = string;

const WALL_LEN = 11;
const COUNTER_LEN = 4;
const MAX_COUNTER = 36 ** COUNTER_LEN - 1;
export const HLC_RE = /^[0-9a-z]{11}:[0-9a-z]{4}:[0-9a-z]{1,32}$/;

export interface HlcState {
  wall: number;
  counter: number;
}

export function encodeHlc(s: HlcState, node: string): Hlc {
  return `${s.wall.toString(36).padStart(WALL_LEN, '0')}:${s.counter
    .toString(36)
    .padStart(COUNTER_LEN, '0')}:${node}`;
}

export function decodeHlc(h: Hlc): HlcState {
  const [w = '0', c = '0'] = h.split(':');
  return { wall: Number.parseInt(w, 36), counter: Number.parseInt(c, 36) };
}

/** A per-device clock: `tick` for local events, `observe` when a remote timestamp arrives. */
export class HlcClock {
  #state: HlcState = { wall: 0, counter: 0 };
  constructor(
    readonly node: string,
    private readonly clock: Clock,
  ) {}

  tick(): Hlc {
    const now = this.clock.now();
    if (now > this.#state.wall) this.#state = { wall: now, counter: 0 };
    else this.#state = this.#bump(this.#state);
    return encodeHlc(this.#state, this.node);
  }

  observe(remote: Hlc): void {
    const r = decodeHlc(remote);
    const now = this.clock.now();
    const wall = Math.max(now, r.wall, this.#state.wall);
    let counter = 0;
    if (wall === this.#state.wall && wall === r.wall)
      counter = Math.max(this.#state.counter, r.counter) + 1;
    else if (wall === this.#state.wall) counter = this.#state.counter + 1;
    else if (wall === r.wall) counter = r.counter + 1;
    this.#state = counter > MAX_COUNTER ? { wall: wall + 1, counter: 0 } : { wall, counter };
  }

  #bump(s: HlcState): HlcState {
    return s.counter >= MAX_COUNTER
      ? { wall: s.wall + 1, counter: 0 }
      : { wall: s.wall, counter: s.counter + 1 };
  }
}
