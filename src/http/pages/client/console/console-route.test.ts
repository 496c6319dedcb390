import { describe, expect, it } from 'vitest';
import { parseRoute } from './console-route.ts';

describe('console routes', () => {
  it.each([
    ['', { name: 'queues' }],
    ['#/queues', { name: 'queues' }],
    ['#/complaints/TS-20261128-0001', { name: 'complaint', code: 'TS-20261128-0001' }],
    ['#/complaints/', { name: 'queues' }],
    ['#/knowledge', { name: 'knowledge', id: null }],
    ['#/knowledge/new', { name: 'knowledge', id: 'new' }],
    ['#/knowledge/abc%20d', { name: 'knowledge', id: 'abc d' }],
    ['#/knowledge/%E0%A4%A', { name: 'knowledge', id: '%E0%A4%A' }],
    ['#/elsewhere', { name: 'queues' }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });
});
