/** The settings table: known keys checked by their own schema, any other key a JSON value. */
import { z } from 'zod';
import { unusedMonthsSchema } from './portal';
import { id, jsonValue, reqText, userNameSchema } from './primitives';

/** Settings the app knows, each with its own schema; any other key holds a JSON value. */
export const KNOWN_SETTINGS = {
  userName: userNameSchema,
  currentConventionId: id,
  portalUnusedMonths: unusedMonthsSchema,
} as const satisfies Record<string, z.ZodType>;

export const settingSchema = z
  .strictObject({ key: reqText(60), value: jsonValue })
  .superRefine((row, ctx) => {
    const known = (KNOWN_SETTINGS as Record<string, z.ZodType>)[row.key];
    if (!known) return;
    const result = known.safeParse(row.value);
    if (!result.success) {
      for (const issue of result.error.issues)
        ctx.addIssue({ code: 'custom', path: ['value'], message: issue.message });
    }
  });
export type Setting = z.infer<typeof settingSchema>;
