import { z } from 'zod';

/**
 * A coded message of the domain on the wire: clients match on `code` and may word it
 * themselves from `params`; `text` is the server's wording in the caller's language
 * (Accept-Language), when the response carries it.
 */
export const CodedMessage = z
  .object({
    code: z.string().describe('Stable code, e.g. NO_VALID_IBAN; LEGACY_TEXT for a text stored before codes (its `text` param)'),
    params: z
      .record(z.string(), z.union([z.string(), z.number()]))
      .describe('Counts as numbers, days as YYYY-MM-DD, money as decimal strings, codes as strings'),
    text: z.string().optional().describe("Worded in the caller's language"),
  })
  .meta({ id: 'CodedMessage' });
