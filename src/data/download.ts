/** Saves text or a blob as a file through a temporary link (no server round trip); used by the panels and the map's PNG export. */
export function download(name: string, type: string, data: string | Blob): void {
  const url = URL.createObjectURL(typeof data === 'string' ? new Blob([data], { type }) : data);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  // In the document while clicked: some browsers ignore a click on a detached link.
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked after the click has been handled, so the download can start.
  setTimeout(() => { URL.revokeObjectURL(url); }, 0);
}
