import { z } from 'zod';
import type { Role } from '../accounts/roles.ts';
import { type ErrorCode, errorStatus } from './errors.ts';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * One API route as data (Unkey's `createRoute`): the same zod schemas validate the request in the handler and
 * describe it in the OpenAPI document, and `role` is what the shared auth suite holds the handler to.
 */
export interface ApiRoute {
  method: HttpMethod;
  /** OpenAPI-style path below the mount point, e.g. `/complaints/{code}/claim` */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  /** the lowest role the handler's `requireAgent` lets through */
  role: Role;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  response: { status: 200 | 201; description: string; schema: z.ZodType };
  /** error codes the route can answer with, besides the ones every authenticated route has */
  errors: readonly ErrorCode[];
}

/** Keeps a route's literal path type so `honoPath` can give Hono typed params. */
export function defineRoute<const R extends ApiRoute>(route: R): R {
  return route;
}

type HonoPath<P extends string> = P extends `${infer Head}{${infer Name}}${infer Tail}`
  ? `${Head}:${Name}${HonoPath<Tail>}`
  : P;

/** `/complaints/{code}` → `/complaints/:code`. */
export function honoPath<const P extends string>(path: P): HonoPath<P> {
  return path.replace(/\{(\w+)\}/g, ':$1') as HonoPath<P>;
}

/** The error body every route answers with: {"error": {"code", "message"}}. */
export const errorBodySchema = z.object({
  error: z.object({
    code: z.enum(Object.keys(errorStatus) as [ErrorCode, ...ErrorCode[]]),
    message: z.string(),
  }),
});

/** Errors any authenticated route may answer with; 500 is documented so clients handle it, not because we mean to. */
const commonErrors: readonly ErrorCode[] = ['unauthorized', 'forbidden', 'payload_too_large', 'internal'];

type JsonSchema = Record<string, unknown>;

/**
 * An OpenAPI 3.1 document for `routes` mounted at `basePath`. Request schemas are converted as input (what a client
 * sends), responses as output; schemas named in `components` become `$ref`s to `#/components/schemas/<name>`.
 */
export function buildOpenApiDocument(options: {
  title: string;
  version: string;
  description: string;
  basePath: string;
  routes: readonly ApiRoute[];
  components: Record<string, z.ZodType>;
}) {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(options.components)) registry.add(schema, { id });
  registry.add(errorBodySchema, { id: 'Error' });
  const responseIds = new Map<z.ZodType, string>();
  for (const route of options.routes) {
    const schema = route.response.schema;
    if (!registry.has(schema)) registry.add(schema, { id: `${capitalize(route.operationId)}Response` });
    responseIds.set(schema, registry.get(schema)!.id);
  }
  const { schemas } = z.toJSONSchema(registry, {
    io: 'output',
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
  }) as { schemas: Record<string, JsonSchema> };
  for (const schema of Object.values(schemas)) delete schema.$schema;

  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of options.routes) {
    const path = `${options.basePath}${route.path}`;
    paths[path] ??= {};
    paths[path][route.method] = {
      operationId: route.operationId,
      summary: route.summary,
      description: [route.description, `Requires role \`${route.role}\` or higher.`].filter(Boolean).join('\n\n'),
      tags: [route.tag],
      security: [{ bearerAuth: [] }],
      'x-required-role': route.role,
      parameters: [...parametersOf(route.params, 'path'), ...parametersOf(route.query, 'query')],
      ...(route.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: inputSchema(route.body) } } } }
        : {}),
      responses: {
        [route.response.status]: {
          description: route.response.description,
          content: {
            'application/json': { schema: { $ref: `#/components/schemas/${responseIds.get(route.response.schema)}` } },
          },
        },
        ...errorResponses([...route.errors, ...commonErrors]),
      },
    };
  }

  return {
    openapi: '3.1.0',
    info: { title: options.title, version: options.version, description: options.description },
    paths,
    components: {
      schemas,
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', description: 'An agent token (shown once).' } },
    },
  };
}

function inputSchema(schema: z.ZodType): JsonSchema {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  delete json.$schema;
  return json;
}

function parametersOf(schema: z.ZodObject | undefined, location: 'path' | 'query') {
  if (!schema) return [];
  const json = inputSchema(schema) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: location,
      required: location === 'path' || (json.required ?? []).includes(name),
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}

function errorResponses(codes: readonly ErrorCode[]) {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of new Set(codes))
    byStatus.set(errorStatus[code], [...(byStatus.get(errorStatus[code]) ?? []), code]);
  return Object.fromEntries(
    [...byStatus.entries()]
      .sort(([a], [b]) => a - b)
      .map(([status, list]) => [
        status,
        {
          description: `error code: ${list.join(' | ')}`,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
        },
      ]),
  );
}

function capitalize(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}
