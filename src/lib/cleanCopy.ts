// Copy the selection without the soft hyphens the build puts in long words (Chromium copies
// them along, which breaks a pasted word for search boxes and spell checkers), as plain
// text and as HTML. Copies without soft hyphens (form fields, short words) stay untouched.
export const withoutSoftHyphens = (text: string): string => text.replaceAll('\u00AD', '');

export function copyWithoutSoftHyphens(event: ClipboardEvent): void {
  const selection = getSelection()!;
  const text = String(selection);
  if (!text.includes('\u00AD')) return;
  const holder = document.createElement('div');
  holder.append(selection.getRangeAt(0).cloneContents());
  event.clipboardData!.setData('text/plain', withoutSoftHyphens(text));
  event.clipboardData!.setData('text/html', withoutSoftHyphens(holder.innerHTML));
  event.preventDefault();
}
