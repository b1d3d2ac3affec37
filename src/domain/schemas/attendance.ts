import { z } from '../zod';
import { builtOnFirstUse } from './builtOnFirstUse';
import { idSchema, isoDateTimeSchema } from './common';

/** Who was in the room for the discussion: present, absent, or sent apologies. */
export const attendanceStatuses = ['present', 'absent', 'apologies'] as const;
export const attendanceStatusSchema = builtOnFirstUse(() =>
  z.enum(attendanceStatuses, { error: 'must be present, absent or sent apologies' }),
);

/**
 * One tick of the register, as the facilitator set it. Only changed ticks are stored: an evaluator
 * without one is present when they submitted and absent otherwise (see registerOf).
 */
export const attendanceMarkSchema = builtOnFirstUse(() =>
  z.object({
    evaluatorId: idSchema,
    status: attendanceStatusSchema,
    markedAt: isoDateTimeSchema,
  }),
);

export type AttendanceStatus = z.infer<typeof attendanceStatusSchema>;
export type AttendanceMark = z.infer<typeof attendanceMarkSchema>;
