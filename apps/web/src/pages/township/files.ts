// Files to and from the api: a FileDownload (base64) saved by the browser, an upload read as base64.
import type { FileDownloadFieldsFragment } from '../../graphql/generated';

/** Saves a file the api generated under its own name. */
export function saveFile(file: FileDownloadFieldsFragment): void {
  const bytes = Uint8Array.from(atob(file.contentBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The file's content, base64-encoded, as the api's imports take it. */
export function readBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** The import format a file name stands for (xlsx or csv), or null for anything else. */
export function sheetFormat(fileName: string): 'xlsx' | 'csv' | null {
  const ext = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase();
  return ext === 'xlsx' || ext === 'csv' ? ext : null;
}
