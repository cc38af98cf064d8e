/** Saves files through Blob URLs and `<a download>`, one after another. */
export async function downloadFiles(files: readonly { name: string; blob: Blob }[]): Promise<void> {
  for (const f of files) {
    const url = URL.createObjectURL(f.blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = f.name;
    a.rel = 'noopener';
    a.style.display = 'none';
    document.body.appendChild(a);
    a.click();
    a.remove();
    // Give the browser time to start the download before the URL goes and the next one starts.
    await new Promise((r) => setTimeout(r, files.length > 1 ? 150 : 0));
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}
