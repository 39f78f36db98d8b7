/**
 * The messages between presenter mode and the speaker window, over a BroadcastChannel of the
 * app's origin. Both sides validate what they receive: another tab of the app (or an old one)
 * may talk on the same channel.
 */
import { z } from 'zod';

export const PRESENTER_CHANNEL = 'grensatlas:presenter';

const slideInfo = z.object({ title: z.string(), notes: z.string() });

export const presenterMessage = z.discriminatedUnion('type', [
  /** The presenter's state: sent on every slide change and in answer to `hello`. */
  z.object({
    type: z.literal('state'),
    story: z.string(),
    index: z.number().int().min(0),
    count: z.number().int().min(0),
    slide: slideInfo.nullable(),
    next: slideInfo.nullable(),
    blank: z.boolean(),
    /** When presenting started (ms since epoch), so the timer agrees on both screens. */
    started: z.number(),
  }),
  /** Presenting stopped. */
  z.object({ type: z.literal('ended') }),
  /** A speaker window opened and asks for the state. */
  z.object({ type: z.literal('hello') }),
  /** The speaker window's own buttons. */
  z.object({ type: z.literal('command'), action: z.enum(['next', 'prev', 'blank']) }),
]);

export type PresenterMessage = z.infer<typeof presenterMessage>;

export function readPresenterMessage(data: unknown): PresenterMessage | null {
  const parsed = presenterMessage.safeParse(data);
  return parsed.success ? parsed.data : null;
}

/** mm:ss (h:mm:ss past an hour) for the speaker's timer. */
export function formatElapsed(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const hh = Math.floor(s / 3600);
  const mm = Math.floor((s % 3600) / 60);
  const ss = s % 60;
  const two = (x: number) => String(x).padStart(2, '0');
  return hh > 0 ? `${hh}:${two(mm)}:${two(ss)}` : `${two(mm)}:${two(ss)}`;
}
