/// <reference lib="webworker" />
import { readImport } from './importFile';

/** A file to read into an import preview, off the page's main thread. */
export interface ImportRequest {
  name: string;
  data: Uint8Array;
  year?: number;
}

// Reading a 20,000-row workbook takes seconds of parsing; here it does not freeze the page.
self.onmessage = (e: MessageEvent<ImportRequest>) => {
  const { name, data, year } = e.data;
  void readImport(name, data, year === undefined ? {} : { year }).then((preview) => self.postMessage(preview));
};
