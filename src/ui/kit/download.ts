// Downloads made in the browser: the text becomes a Blob behind an object URL that a temporary
// <a download> link saves. Nothing goes to a server.

/**
 * Saves `text` as a file. The link is put inside `container` (an open modal dialog makes the rest
 * of the page inert, so the link must live in it).
 */
export function downloadText(fileName: string, text: string, type: string, container: HTMLElement = document.body): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  container.append(link);
  link.click();
  link.remove();
  // The browser has read the blob once the download starts; free it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
