import { describe, expect, it } from '@jest/globals';
import { primed } from '../../src/payroll/exports/file-response.js';

async function read(stream: NodeJS.ReadableStream): Promise<string> {
  let out = '';
  for await (const chunk of stream) out += String(chunk);
  return out;
}

describe('primed', () => {
  it('passes every chunk on, in order', async () => {
    async function* chunks() {
      yield 'a,b\r\n';
      yield '1,2\r\n';
      yield Buffer.from('3,4\r\n');
    }
    expect(await read(await primed(chunks()))).toBe('a,b\r\n1,2\r\n3,4\r\n');
  });

  it('fails before answering when the first chunk cannot be made (an ordinary error response)', async () => {
    async function* chunks(): AsyncGenerator<string> {
      throw new Error('reconciliation failed');
    }
    await expect(primed(chunks())).rejects.toThrow('reconciliation failed');
  });

  it('fails the stream when a later chunk cannot be made (the download is cut, never complete)', async () => {
    async function* chunks() {
      yield 'header\r\n';
      throw new Error('file total differs');
    }
    await expect(read(await primed(chunks()))).rejects.toThrow('file total differs');
  });

  it('sends nothing for an empty source', async () => {
    async function* chunks(): AsyncGenerator<string> {}
    expect(await read(await primed(chunks()))).toBe('');
  });
});
