import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildOpenApiDocument, defineRoute, honoPath } from './openapi.ts';

const thing = z.object({ id: z.string(), size: z.number().int() });
const routes = [
  defineRoute({
    method: 'post',
    path: '/things/{id}/grow',
    operationId: 'growThing',
    summary: 'grow a thing',
    tag: 'things',
    role: 'specialist',
    params: z.object({ id: z.string().describe('thing id') }),
    query: z.object({ dryRun: z.enum(['yes', 'no']).optional() }),
    body: z.object({ by: z.number().default(1) }),
    response: { status: 200, description: 'the grown thing', schema: thing },
    errors: ['not_found', 'validation_failed', 'invalid_json'],
  }),
];

describe('honoPath', () => {
  it('turns OpenAPI path parameters into Hono ones', () => {
    expect(honoPath('/a/{code}/b/{id}/c')).toBe('/a/:code/b/:id/c');
  });
});

describe('buildOpenApiDocument', () => {
  const doc = buildOpenApiDocument({
    title: 't',
    version: '1',
    description: 'd',
    basePath: '/api/x',
    routes,
    components: { Thing: thing },
  });
  // The document is plain JSON: read it back the way a client would.
  const op = JSON.parse(JSON.stringify(doc.paths['/api/x/things/{id}/grow']!.post));

  it('describes parameters, the request body as input and the response by reference', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(op.parameters).toEqual([
      { name: 'id', in: 'path', required: true, description: 'thing id', schema: { type: 'string' } },
      { name: 'dryRun', in: 'query', required: false, schema: { type: 'string', enum: ['yes', 'no'] } },
    ]);
    expect(op.requestBody.content['application/json'].schema).toMatchObject({
      type: 'object',
      properties: { by: { type: 'number', default: 1 } },
    });
    expect(op.requestBody.content['application/json'].schema.required ?? []).not.toContain('by');
    expect(op.responses['200'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/Thing' });
    expect(doc.components.schemas.Thing).toMatchObject({ type: 'object', required: ['id', 'size'] });
  });

  it('groups error codes by status and states the required role', () => {
    expect(op.responses['400'].description).toBe('error code: validation_failed | invalid_json');
    expect(Object.keys(op.responses).sort()).toEqual(['200', '400', '401', '403', '404', '413', '500']);
    expect(op['x-required-role']).toBe('specialist');
    expect(doc.components.schemas.Error).toBeDefined();
  });
});
