import { describe, expect, it } from 'vitest';
import { errorMessage, fileNameFrom } from './download-export.ts';

describe('export download', () => {
  it.each([
    [{ message: 'too many rows' }, 'too many rows'],
    [{ error: 'forbidden' }, 'forbidden'],
    [{ error: { message: 'definition.groupBy.2: too many groups' } }, 'definition.groupBy.2: too many groups'],
    [null, undefined],
  ])('reads the error message of a list or a report export (%j)', (body, message) => {
    expect(errorMessage(body)).toBe(message);
  });

  it('takes the report file name from the server', () => {
    expect(fileNameFrom(`attachment; filename="time-to-deal.pdf"; filename*=UTF-8''Vrijeme%20do%20posla.pdf`)).toBe(
      'Vrijeme do posla.pdf',
    );
  });
});
