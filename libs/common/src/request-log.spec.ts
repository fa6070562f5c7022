import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { AsyncLineWriter, requestLog } from './request-log';
import { RedactingLogger } from './redacting-logger';

/** Collects the lines instead of writing them to a descriptor. */
class LinesWriter extends AsyncLineWriter {
  readonly lines: string[] = [];
  override line(text: string): void {
    this.lines.push(text);
  }
}

describe('the request log', () => {
  it('writes the path without its query string and no ID number or phone, whatever the request carried', async () => {
    const writer = new LinesWriter();
    const app = express();
    app.use(requestLog({ json: true, enabled: true }, writer));
    app.use((_req, res) => res.status(200).send('ok'));
    const server = app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    try {
      const { port } = server.address() as AddressInfo;
      const query = encodeURIComponent('{ workers(idNumber: "14079919850312681X", phone: "13512346761") { id } }');
      await fetch(`http://127.0.0.1:${port}/graphql?query=${query}`);
      await fetch(`http://127.0.0.1:${port}/u/14079919850312681X/13512346761`);
    } finally {
      server.close();
    }
    expect(writer.lines).toHaveLength(2);
    const [get, path] = writer.lines.map((line) => JSON.parse(line) as { message: string });
    expect(get.message).toMatch(/^GET \/graphql 200 /);
    expect(path.message).toMatch(/^GET \/u\/1407\*{10}681X\/135\*{4}6761 200 /);
    for (const line of writer.lines) {
      expect(line).not.toMatch(/14079919850312681X|13512346761|idNumber|query=/);
    }
  });
});

describe('RedactingLogger', () => {
  const written: string[] = [];
  let spies: jest.SpyInstance[] = [];
  beforeEach(() => {
    written.length = 0;
    const capture = (chunk: string | Uint8Array) => (written.push(String(chunk)), true);
    spies = [jest.spyOn(process.stdout, 'write').mockImplementation(capture), jest.spyOn(process.stderr, 'write').mockImplementation(capture)];
  });
  afterEach(() => spies.forEach((spy) => spy.mockRestore()));

  it.each([false, true])('masks ID numbers and phones in messages and stacks (json: %s)', (json) => {
    const logger = new RedactingLogger({ json, colors: false, prefix: 'GridHR test' });
    logger.log('created worker 14079919850312681X phone 13512346761', 'Workers');
    logger.error('failed for 14079919850312681X', 'Error: at 13512346761\n    at somewhere', 'Workers');
    const text = written.join('');
    expect(text).toContain('1407**********681X');
    expect(text).toContain('135****6761');
    expect(text).not.toMatch(/14079919850312681X|13512346761/);
  });
});
