/** Saves a file the way the browser saves any download: a Blob URL behind a temporary `<a download>`. */
export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Saves several files one after another, giving the browser time to start each download. */
export async function downloadFiles(files: readonly { name: string; blob: Blob }[]): Promise<void> {
  for (const f of files) {
    downloadBlob(f.name, f.blob);
    await new Promise((r) => setTimeout(r, files.length > 1 ? 150 : 0));
  }
}
