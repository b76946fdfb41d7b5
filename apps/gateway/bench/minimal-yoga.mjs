// The reference for what Yoga itself costs per request on this machine: createYoga with a one-field schema
// and nothing else (no plugins, no logging, no GraphiQL) on node:http, with the one default the gateway
// also turns off: Yoga's body-size limit, which pipes every POST body through a stream (the gateway's own
// limit reads Content-Length). What is left is Yoga's fixed cost per request, the ceiling any path
// through its plugin chain can reach, whatever the resolvers do.
import { createServer } from 'node:http';
import { createSchema, createYoga } from 'graphql-yoga';

const yoga = createYoga({
  schema: createSchema({
    typeDefs: 'type Query { hello: String }',
    resolvers: { Query: { hello: () => 'world' } },
  }),
  graphiql: false,
  logging: false,
  landingPage: false,
  maxRequestBodySize: false,
});
createServer(yoga).listen(Number(process.env.PORT), '127.0.0.1', () => console.log('ready'));
