// Saves data the browser already holds as a file (JSON exports), without a round trip.
export function downloadJson(filename: string, data: unknown) {
  const blob = new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Reads a chosen file as JSON; the error says what is wrong in the user's language via the caller. */
export async function readJsonFile(file: File): Promise<unknown> {
  return JSON.parse(await file.text());
}
