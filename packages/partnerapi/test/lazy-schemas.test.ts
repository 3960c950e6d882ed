// Issue 17: importing @x/partnerapi or creating a client builds no zod schema; each operation's
// input and output schemas (and each operand's) are built on first use, once.
import { PartnerApiClient, allOperations } from '@x/partnerapi';
import { describe, expect, it } from 'vitest';

describe('operation schemas are built on first use', () => {
  const ops = allOperations();

  it('every operation holds its input and output as accessors, not built schemas', () => {
    expect(ops.length).toBeGreaterThan(50);
    for (const { op } of ops) {
      for (const key of ['input', 'output'] as const) {
        const d = Object.getOwnPropertyDescriptor(op, key);
        expect(d?.get, `${op.wire}.${key}`).toBeTypeOf('function');
      }
    }
  });

  it('builds each schema once: the same instance on every access, validating as before', async () => {
    const add = ops.find((e) => e.op.wire === 'client_add')!.op;
    expect(add.input).toBe(add.input);
    expect(add.output).toBe(add.output);
    const client = new PartnerApiClient({
      endpoint: 'https://cus.example.test/cus/ws/PartnerAPI',
      user: 'partner',
      password: 'secret',
      fetch: async () => new Response('never sent'),
    });
    // A required operand missing is still refused before sending, naming the field.
    await expect(client.client.add({ client_name: 'X' } as never)).rejects.toThrow(/region_id/);
  });
});
