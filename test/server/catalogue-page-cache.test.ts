// The kept catalogue pages: one rendering shared by concurrent requests, dropped on a new stamp, not-found and
// failures not kept, and the least recently served pages go first once the text kept passes its byte limit.
import { describe, expect, it } from 'vitest';
import { pageCache } from '../../src/server/shared/catalogue/page-cache';

describe('kept catalogue pages', () => {
  it('renders once per stamp, forgets not-found and failures, and keeps within its bytes', async () => {
    let stamp = 'a';
    let renders = 0;
    const page = (text: string) => async () => {
      renders++;
      return text;
    };
    const cached = pageCache(async () => stamp, 100); // 50 characters
    const [one, two] = await Promise.all([cached('x', page('x'.repeat(20))), cached('x', page('x'.repeat(20)))]);
    expect([one, two, renders]).toEqual(['x'.repeat(20), 'x'.repeat(20), 1]);
    await cached('y', page('y'.repeat(20)));
    await cached('x', page('changed'));
    expect(renders).toBe(2);
    // 20 + 20 + 20 characters pass 50: the least recently served ("y") goes.
    await cached('z', page('z'.repeat(20)));
    await cached('x', page('changed'));
    await cached('y', page('y again'));
    expect(renders).toBe(4);
    // Not-found and failures are rendered again next time.
    await cached('none', async () => {
      renders++;
      return undefined;
    });
    await cached('none', async () => {
      renders++;
      return undefined;
    });
    await expect(cached('bad', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cached('bad', page('up'))).toBe('up');
    expect(renders).toBe(7);
    // A new stamp drops every page.
    stamp = 'b';
    expect(await cached('x', page('new'))).toBe('new');
    expect(renders).toBe(8);
  });
});
