/** Saves bytes or text through a temporary link: the browser's own download, nothing sent anywhere. */
export function download(name: string, data: string | Uint8Array, type: string): void {
  const part: BlobPart = typeof data === "string" ? data : (data as Uint8Array<ArrayBuffer>);
  const url = URL.createObjectURL(new Blob([part], { type: typeof data === "string" ? `${type};charset=utf-8` : type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
