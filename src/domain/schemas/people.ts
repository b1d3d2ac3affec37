import { z } from '../zod';
import { attendanceStatusSchema } from './attendance';
import { emailSchema, idSchema, isoDateSchema, nameSchema, orBlank } from './common';
import { builtOnFirstUse } from './builtOnFirstUse';

/**
 * A person's key: who someone is from one session to the next, whatever row they were typed on. Opaque
 * on purpose (never an address or a row number), and kept in the add-on's store only, so no cell, tab
 * or named range can carry it from one session to another.
 */
const personKeySchema = idSchema;

/** Someone who has been an evaluator in this spreadsheet, as last named. */
const personSchema = builtOnFirstUse(() =>
  z.object({
    personKey: personKeySchema,
    name: nameSchema,
    /** Lower case; '' when they were only ever listed without an address. */
    email: orBlank(emailSchema),
  }),
);

/**
 * Who was who in one closed session: each person with the id the session's History row and Scores
 * rows call them by (their evaluator id, or their label when the reveal was anonymous).
 */
const sessionMembershipSchema = builtOnFirstUse(() =>
  z.object({
    sessionId: idSchema,
    anonymous: z.boolean(),
    /** The session's date, for the facilitator's attendance over sessions; '' for sessions recorded before. */
    sessionDate: z._default(orBlank(isoDateSchema), ''),
    members: z
      .array(
        z.object({
          personKey: personKeySchema,
          shownAs: idSchema,
          /**
           * Whether they were in the room, from the session's register; null for sessions closed before the
           * register existed. Kept here, in the store, by person key: the History tab holds the rate only.
           */
          attended: z._default(z.nullable(attendanceStatusSchema), null),
        }),
      )
      .check(z.maxLength(30)),
  }),
);

export const peopleDirectorySchema = builtOnFirstUse(() =>
  z.object({
    schemaVersion: z.literal(1),
    people: z.array(personSchema),
    sessions: z.array(sessionMembershipSchema),
  }),
);

export type PersonKey = z.infer<typeof personKeySchema>;
export type Person = z.infer<typeof personSchema>;
export type SessionMembership = z.infer<typeof sessionMembershipSchema>;
export type PeopleDirectory = z.infer<typeof peopleDirectorySchema>;
