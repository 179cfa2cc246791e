// Addresses of the public catalogue: readable, stable, ASCII ("kota-mojokerto", "posyandu-remaja-digital-3f9a2c").

const MAX_WORDS_LENGTH = 60;

/** Lower-case ASCII words joined by hyphens: accents dropped, anything else a separator. */
export function slugify(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (words.length <= MAX_WORDS_LENGTH) return words;
  const cut = words.slice(0, MAX_WORDS_LENGTH);
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut;
}

/**
 * An innovation's page address: its name, then the start of its id, so two innovations of the same name (in two
 * regions, or renamed) never share an address, and a rename keeps the old address findable by the id part.
 */
export function innovationSlug(name: string, innovationId: string): string {
  const id = innovationId.replace(/-/g, '').slice(0, 8);
  const words = slugify(name);
  return words ? `${words}-${id}` : id;
}

/** A region's catalogue address ("kota-mojokerto"). */
export function regionSlug(region: { name: string }): string {
  return slugify(region.name) || 'daerah';
}
