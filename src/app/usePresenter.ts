/**
 * Presenter mode's effects: the keys a clicker or keyboard sends, leaving full screen, the large
 * projector type on the page, and the speaker window kept in step over a BroadcastChannel.
 */
import { useEffect } from 'react';
import { useAppStore, useAppStoreApi } from '../state/context';
import type { AppStore } from '../state/store';
import { presentedStory, presenterStep } from '../state/present';
import { presenterKey } from '../model/stories/keys';
import { PRESENTER_CHANNEL, readPresenterMessage, type PresenterMessage } from '../model/stories/channel';
import { exitFullscreen, preferredMotion } from '../panels/stories/screen';

/** Keys typed into a field belong to the field (a title, a search); Escape still leaves. */
function inField(target: EventTarget | null): boolean {
  const el = target instanceof HTMLElement ? target : null;
  return Boolean(el && (el.isContentEditable || el.closest('input, textarea, select')));
}

function listenKeys(store: AppStore): () => void {
  const onKey = (e: KeyboardEvent) => {
    const p = store.getState().stories.presenting;
    if (!p || (inField(e.target) && e.key !== 'Escape')) return;
    const action = presenterKey(e, p.digits);
    if (action.kind === 'none') return;
    // Taken before the map (arrows pan it) and before Escape clears the selection.
    e.preventDefault();
    e.stopPropagation();
    if (action.kind === 'exit') exitFullscreen();
    presenterStep(store, action, preferredMotion());
  };
  window.addEventListener('keydown', onKey, { capture: true });
  return () => { window.removeEventListener('keydown', onKey, { capture: true }); };
}

function stateMessage(store: AppStore): PresenterMessage {
  const s = store.getState();
  const p = s.stories.presenting;
  const story = presentedStory(s);
  if (!p || !story) return { type: 'ended' };
  const info = (i: number) => {
    const slide = story.slides[i];
    return slide ? { title: slide.title, notes: slide.notes } : null;
  };
  return {
    type: 'state', story: story.title, index: p.index, count: story.slides.length,
    slide: info(p.index), next: info(p.index + 1), blank: p.blank, started: p.started,
  };
}

function linkSpeaker(store: AppStore): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(PRESENTER_CHANNEL);
  const post = () => { channel.postMessage(stateMessage(store)); };
  channel.onmessage = (e: MessageEvent) => {
    const m = readPresenterMessage(e.data);
    if (!m || !store.getState().stories.presenting) return;
    if (m.type === 'hello') post();
    else if (m.type === 'command') presenterStep(store, { kind: m.action }, preferredMotion());
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.stories.presenting !== prev.stories.presenting || s.stories.list !== prev.stories.list) post();
  });
  return () => {
    unsubscribe();
    channel.close();
  };
}

export function usePresenter(): void {
  const store = useAppStoreApi();
  const presenting = useAppStore((s) => s.stories.presenting !== null);
  useEffect(() => listenKeys(store), [store]);
  useEffect(() => linkSpeaker(store), [store]);
  useEffect(() => {
    document.documentElement.classList.toggle('presenting', presenting);
    if (!presenting) return;
    // Leaving full screen (the browser's own Escape never reaches the page) leaves presenting;
    // entering it changes nothing. A refused full screen fires no change: presenting goes on in the window.
    const onFullscreen = () => { if (!document.fullscreenElement) store.getState().setPresenting(null); };
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => { document.removeEventListener('fullscreenchange', onFullscreen); };
  }, [store, presenting]);
}
