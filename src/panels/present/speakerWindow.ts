/** Opens the speaker window: the same app, in a second window, on its `#speaker` view. */
export function openSpeakerWindow(lang: string): void {
  const url = `${window.location.pathname}?lang=${encodeURIComponent(lang)}#speaker`;
  // No opener access: the windows talk only through the BroadcastChannel of the origin.
  window.open(url, 'grensatlas-speaker', 'popup,width=760,height=560,noopener');
}
