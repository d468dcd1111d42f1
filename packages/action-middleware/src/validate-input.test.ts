import { ValidationError } from '@kit/errors';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { validateInput } from './validate-input';

describe('validateInput', () => {
  const validate = validateInput(z.object({ name: z.string().min(2) }));

  it('rejects invalid input with 400 and the errors of each field', () => {
    try {
      validate({ name: '' });
      expect.unreachable('validation should fail');
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect(error).toMatchObject({ status: 400, fieldErrors: { name: [expect.any(String)] } });
    }
  });

  it('drops keys that are not in the schema, such as another user or organization id', () => {
    expect(validate({ name: 'Acme', userId: 'someone-else', organizationId: 'other-org' } as never)).toEqual({
      name: 'Acme',
    });
  });
});
