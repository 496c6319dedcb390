/** Where the console is, from the URL's hash: #/queues, #/complaints/<code>, #/knowledge[/<id>|/new]. */
export type ConsoleRoute =
  | { name: 'queues' }
  | { name: 'complaint'; code: string }
  | { name: 'knowledge'; id: string | null };

/** Reads a hash; anything unknown is the queues. */
export function parseRoute(hash: string): ConsoleRoute {
  const [section, id] = hash.replace(/^#\/?/, '').split('/').map(decodeSegment);
  if (section === 'complaints' && id) return { name: 'complaint', code: id };
  if (section === 'knowledge') return { name: 'knowledge', id: id || null };
  return { name: 'queues' };
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
