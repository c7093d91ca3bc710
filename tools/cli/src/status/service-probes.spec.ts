import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { probeService } from './service-probes';

// Real local HTTP servers stand in for a service: one healthy but not ready, one that never answers.
function listen(handler: Parameters<typeof createServer>[1]): Promise<{ server: Server; url: string }> {
  const server = createServer(handler);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

describe('probeService', () => {
  it('reports up but not ready, with the /ready answer', async () => {
    const { server, url } = await listen((req, res) => {
      res.statusCode = req.url === '/health' ? 200 : 503;
      res.end(req.url === '/health' ? 'ok' : 'kafka: unreachable');
    });
    try {
      expect(await probeService('raw-sink', url)).toEqual({ service: 'raw-sink', url, health: 'up', ready: false, detail: '/ready answered 503: kafka: unreachable' });
    } finally {
      server.close();
    }
  });

  it('tells a process that does not answer from one that is not there', async () => {
    const { server, url } = await listen(() => undefined);
    try {
      expect(await probeService('enricher', url, 200)).toMatchObject({ health: 'unresponsive', ready: null, detail: '/health: no answer within 200 ms' });
    } finally {
      server.closeAllConnections();
      server.close();
    }
    expect(await probeService('enricher', url, 200)).toMatchObject({ health: 'down', ready: null, detail: '/health: ECONNREFUSED' });
  });
});
