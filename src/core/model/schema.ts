// zod shapes of the model's records: the invariants every reader output keeps (checked once per readModel).
import { INDICATOR_KINDS } from '../contract';
import type { Day, Indicator, Settings, Village } from '../types';
import '../zod';
import * as z from 'zod';

/** A Day: a whole number of days (the brand exists only for the compiler). */
const day = z.custom<Day>((v) => Number.isInteger(v));

export const SettingsSchema = z
  .object({
    communeName: z.string().min(1),
    campaignStart: day,
    campaignEnd: day,
    deadline: z.object({
      weekday: z.number().int().min(1).max(7),
      minuteOfDay: z.number().int().min(0).max(1439),
    }),
    remindBeforeHours: z.number().min(0).max(168),
    officerEmails: z.array(z.email()),
    timeZone: z.string().min(1),
    peakPhases: z.array(z.object({ start: day, end: day }).refine((p) => p.start <= p.end)),
    supportCode: z.string(),
    supportAmount: z.number().nonnegative(),
    formLinks: z.string().optional(),
    autoCorrections: z.boolean(),
    reportNumber: z.string().optional(),
    signerTitle: z.string().optional(),
    signerName: z.string().optional(),
  })
  .refine((s) => s.campaignStart <= s.campaignEnd) satisfies z.ZodType<Settings>;

export const VillageSchema = z.object({
  name: z.string().min(1),
  leader: z.string(),
  emails: z.array(z.email()),
  households: z.number().int().nonnegative().nullable(),
  phone: z.string(),
  row: z.number().int().min(2),
  reportLink: z.string().optional(),
}) satisfies z.ZodType<Village>;

export const IndicatorSchema = z
  .object({
    code: z.string().min(1),
    name: z.string(),
    unit: z.string(),
    kind: z.enum(INDICATOR_KINDS as [Indicator['kind'], ...Indicator['kind'][]]),
    start: day,
    due: day,
    targets: z.record(z.string(), z.number().positive()),
    row: z.number().int().min(2),
  })
  .refine((i) => i.start <= i.due) satisfies z.ZodType<Indicator>;
